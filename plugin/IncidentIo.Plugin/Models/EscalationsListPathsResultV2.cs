namespace IncidentIo.Plugin.Models;

/// <summary>One page of <c>GET /v2/escalation_paths</c>. Spec schema <c>EscalationsListPathsResultV2</c>.</summary>
internal sealed record EscalationsListPathsResultV2
{
    /// <summary>The paths on this page.</summary>
    public required IReadOnlyList<EscalationPathV2> EscalationPaths { get; init; }

    /// <summary>Where the next page starts.</summary>
    public PaginationMetaResultV2? PaginationMeta { get; init; }
}
