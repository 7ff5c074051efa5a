namespace IncidentIo.Plugin.Models;

/// <summary>Body of <c>POST /v2/incidents/{id}/actions/edit</c>. Spec schema <c>IncidentsEditPayloadV2</c>.</summary>
internal sealed record IncidentsEditPayloadV2
{
    /// <summary>The fields to change; the others are left as they are.</summary>
    public required IncidentEditPayloadV2 Incident { get; init; }

    /// <summary>Should we send Slack channel notifications to inform responders of this update?</summary>
    public required bool NotifyIncidentChannel { get; init; }
}
