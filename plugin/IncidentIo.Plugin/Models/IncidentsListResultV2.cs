namespace IncidentIo.Plugin.Models;

/// <summary>One page of <c>GET /v2/incidents</c>. Spec schema <c>IncidentsListResultV2</c>.</summary>
internal sealed record IncidentsListResultV2
{
    /// <summary>The incidents on this page.</summary>
    public required IReadOnlyList<IncidentV2> Incidents { get; init; }

    /// <summary>Where the next page starts; not in the spec's required list, so it may be absent.</summary>
    public PaginationMetaResultWithTotalV2? PaginationMeta { get; init; }
}
