namespace IncidentIo.Plugin.Models;

/// <summary>Response of <c>POST /v2/incidents</c>. Spec schema <c>IncidentsCreateResultV2</c>.</summary>
internal sealed record IncidentsCreateResultV2
{
    /// <summary>The created incident (or the one an earlier request with the same idempotency key created).</summary>
    public required IncidentV2 Incident { get; init; }
}
