using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.SendAlertEvent;

/// <summary>
/// Sends a firing or resolved event to an HTTP alert source (<c>POST /v2/alert_events/http/{alert_source_config_id}</c>,
/// 202). Authenticated with the connection's <c>alert_source_token</c>, never the API key. incident.io creates, updates
/// or resolves the alert with that <c>deduplication_key</c> asynchronously, so the answer carries no alert id.
/// </summary>
[WorkflowAction("incidentio.send_alert_event")]
public sealed class SendAlertEventAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public SendAlertEventAction()
        : this(null)
    {
    }

    internal SendAlertEventAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!SendAlertEventInput.TryRead(context.Input, out var input, out var inputError))
        {
            return ActionResult.Failure(inputError);
        }

        var request = new ApiRequest(IncidentIoOperations.SendAlertEvent)
            .WithPathParameter("alert_source_config_id", input.AlertSourceConfigId)
            .WithBody(input.Payload)
            .WithIdempotencyKey(input.Payload.DeduplicationKey)
            .About($"alert source \"{input.AlertSourceConfigId}\"");
        return await CallAsync<AlertEventsCreateHTTPResultV2>(
            context, request, body => new SendAlertEventOutput(body.Status, body.Message, body.DeduplicationKey, input.AlertSourceConfigId), cancellationToken);
    }
}
