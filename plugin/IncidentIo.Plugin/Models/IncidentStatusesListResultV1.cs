namespace IncidentIo.Plugin.Models;

/// <summary>Response of <c>GET /v1/incident_statuses</c>. Spec schema <c>IncidentStatusesListResultV1</c>.</summary>
internal sealed record IncidentStatusesListResultV1
{
    /// <summary>The incident statuses, in the order incident.io returns them.</summary>
    public required IReadOnlyList<IncidentStatusV1> IncidentStatuses { get; init; }
}
