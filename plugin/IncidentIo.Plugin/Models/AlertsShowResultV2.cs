namespace IncidentIo.Plugin.Models;

/// <summary>The body of <c>GET /v2/alerts/{id}</c>. Spec schema <c>AlertsShowResultV2</c>.</summary>
internal sealed record AlertsShowResultV2
{
    /// <summary>The alert.</summary>
    public required AlertV2 Alert { get; init; }
}
