namespace IncidentIo.Plugin.Models;

/// <summary>The time cursor of <c>GET /v2/schedule_entries</c>. Spec schema <c>AfterPaginationMetaResultV2</c>.</summary>
internal sealed record AfterPaginationMetaResultV2
{
    /// <summary>An opaque cursor: pass it back unchanged as <c>entry_window_start</c>.</summary>
    public string? After { get; init; }

    /// <summary>The URL of the next page.</summary>
    public string? AfterUrl { get; init; }
}
