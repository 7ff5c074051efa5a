namespace IncidentIo.Plugin.Telemetry;

/// <summary>The tag names on the plugin's spans and measurements (docs/hosting.md, "Telemetry"). Never a secret.</summary>
internal static class TelemetryTags
{
    public const string ActionId = "workflow.action.id";
    public const string RunId = "workflow.run.id";
    public const string StepId = "workflow.step.id";
    public const string Attempt = "workflow.step.attempt";

    /// <summary><c>success</c>, or the <see cref="Workflow.Abstractions.ActionError.Code"/>.</summary>
    public const string Outcome = "workflow.action.outcome";

    /// <summary>HTTP attempts made by the execution, all calls together.</summary>
    public const string HttpAttempts = "incidentio.http.attempts";

    /// <summary>incident.io's request id of the last answer (X-Request-Id), to quote to its support.</summary>
    public const string RequestId = "incidentio.request_id";

    /// <summary>The operation: method and the spec's path template, e.g. <c>POST /v2/incidents</c>.</summary>
    public const string Operation = "incidentio.operation";

    public const string HttpStatus = "http.response.status_code";

    /// <summary>OpenTelemetry's error.type: the error code of a failed execution or call.</summary>
    public const string ErrorType = "error.type";

    public const string Success = "success";
}
