namespace IncidentIo.Plugin.Models;

/// <summary>One page of <c>GET /v2/escalations</c>. Spec schema <c>EscalationsListResultV2</c>.</summary>
internal sealed record EscalationsListResultV2
{
    /// <summary>The escalations on this page.</summary>
    public required IReadOnlyList<EscalationV2> Escalations { get; init; }

    /// <summary>Where the next page starts.</summary>
    public PaginationMetaResultV2? PaginationMeta { get; init; }
}
