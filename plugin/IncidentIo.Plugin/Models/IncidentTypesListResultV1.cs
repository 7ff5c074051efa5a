namespace IncidentIo.Plugin.Models;

/// <summary>Response of <c>GET /v1/incident_types</c>. Spec schema <c>IncidentTypesListResultV1</c>.</summary>
internal sealed record IncidentTypesListResultV1
{
    /// <summary>The incident types, in the order incident.io returns them.</summary>
    public required IReadOnlyList<IncidentTypeV1> IncidentTypes { get; init; }
}
