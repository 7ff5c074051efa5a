namespace IncidentIo.Plugin.Models;

/// <summary>The body of <c>GET /v2/alert_sources</c>. Spec schema <c>AlertSourcesListResultV2</c>.</summary>
internal sealed record AlertSourcesListResultV2
{
    /// <summary>Every alert source of the organisation.</summary>
    public required IReadOnlyList<AlertSourceV2> AlertSources { get; init; }
}
