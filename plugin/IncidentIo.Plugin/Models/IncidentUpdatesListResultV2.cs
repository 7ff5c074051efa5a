namespace IncidentIo.Plugin.Models;

/// <summary>One page of <c>GET /v2/incident_updates</c>. Spec schema <c>IncidentUpdatesListResultV2</c>.</summary>
internal sealed record IncidentUpdatesListResultV2
{
    /// <summary>The updates on this page.</summary>
    public required IReadOnlyList<IncidentUpdateV2> IncidentUpdates { get; init; }

    /// <summary>Where the next page starts; optional in the spec.</summary>
    public PaginationMetaResultV2? PaginationMeta { get; init; }
}
