using IncidentIo.Plugin.Json;

namespace IncidentIo.Plugin.Models;

/// <summary>
/// An alert source. Spec schema <c>AlertSourceV2</c>; the per-type options and the template are kept as sent.
/// <see cref="SecretToken"/> is read but never put into an action's output.
/// </summary>
internal sealed record AlertSourceV2
{
    /// <summary>The URL alert events for this source are sent to (HTTP sources).</summary>
    public string? AlertEventsUrl { get; init; }

    /// <summary>Whether incident alerts resolve when the alert resolves.</summary>
    public bool? AutoResolveIncidentAlerts { get; init; }

    /// <summary>Minutes after which firing alerts resolve on their own.</summary>
    public long? AutoResolveTimeoutMinutes { get; init; }

    /// <summary>Options of email sources.</summary>
    public ObjectValue? EmailOptions { get; init; }

    /// <summary>Options of heartbeat sources.</summary>
    public ObjectValue? HeartbeatOptions { get; init; }

    /// <summary>Options of custom HTTP sources.</summary>
    public ObjectValue? HttpCustomOptions { get; init; }

    /// <summary>Unique identifier: the <c>alert_source_config_id</c> alert events are sent to.</summary>
    public required string Id { get; init; }

    /// <summary>Options of Jira sources.</summary>
    public ObjectValue? JiraOptions { get; init; }

    /// <summary>Unique name of the source.</summary>
    public required string Name { get; init; }

    /// <summary>Teams owning the source.</summary>
    public IReadOnlyList<string>? OwningTeamIds { get; init; }

    /// <summary>The secret that authenticates alert events; a secret, so never output.</summary>
    public string? SecretToken { get; init; }

    /// <summary>e.g. <c>http</c>, <c>datadog</c> (a string, so new values pass through).</summary>
    public required string SourceType { get; init; }

    /// <summary>How alerts from the source are built (<c>AlertTemplateV2</c>).</summary>
    public ObjectValue? Template { get; init; }
}
