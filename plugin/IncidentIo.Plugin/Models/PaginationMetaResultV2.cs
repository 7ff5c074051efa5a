namespace IncidentIo.Plugin.Models;

/// <summary>Cursor of a list page. Spec schema <c>PaginationMetaResultV2</c>.</summary>
internal sealed record PaginationMetaResultV2
{
    /// <summary>If provided, pass this as the 'after' param to load the next page; absent on the last page.</summary>
    public string? After { get; init; }

    /// <summary>What was the maximum number of results requested.</summary>
    public long? PageSize { get; init; }
}
