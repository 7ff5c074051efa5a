namespace IncidentIo.Plugin.Models;

/// <summary>Response of <c>GET /v2/incidents/{id}</c>. Spec schema <c>IncidentsShowResultV2</c>.</summary>
internal sealed record IncidentsShowResultV2
{
    /// <summary>The incident.</summary>
    public required IncidentV2 Incident { get; init; }
}
