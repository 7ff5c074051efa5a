namespace IncidentIo.Plugin.Models;

/// <summary>Response of <c>POST /v2/incidents/{id}/actions/edit</c>. Spec schema <c>IncidentsEditResultV2</c>.</summary>
internal sealed record IncidentsEditResultV2
{
    /// <summary>The incident after the edit.</summary>
    public required IncidentV2 Incident { get; init; }
}
