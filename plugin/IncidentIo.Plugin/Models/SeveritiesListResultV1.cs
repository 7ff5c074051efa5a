namespace IncidentIo.Plugin.Models;

/// <summary>Response of <c>GET /v1/severities</c>. Spec schema <c>SeveritiesListResultV1</c>.</summary>
internal sealed record SeveritiesListResultV1
{
    /// <summary>The severities, in the order incident.io returns them.</summary>
    public required IReadOnlyList<SeverityV1> Severities { get; init; }
}
