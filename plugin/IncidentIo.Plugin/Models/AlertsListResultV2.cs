namespace IncidentIo.Plugin.Models;

/// <summary>One page of <c>GET /v2/alerts</c>. Spec schema <c>AlertsListResultV2</c>.</summary>
internal sealed record AlertsListResultV2
{
    /// <summary>The alerts on this page.</summary>
    public required IReadOnlyList<AlertV2> Alerts { get; init; }

    /// <summary>Where the next page starts.</summary>
    public PaginationMetaResultV2? PaginationMeta { get; init; }
}
