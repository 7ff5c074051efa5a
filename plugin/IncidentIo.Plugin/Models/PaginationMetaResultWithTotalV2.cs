namespace IncidentIo.Plugin.Models;

/// <summary>Cursor and counts of a list page. Spec schema <c>PaginationMetaResultWithTotalV2</c>.</summary>
internal sealed record PaginationMetaResultWithTotalV2
{
    /// <summary>If provided, pass this as the 'after' param to load the next page; absent on the last page.</summary>
    public string? After { get; init; }

    /// <summary>What was the maximum number of results requested.</summary>
    public long? PageSize { get; init; }

    /// <summary>How many matching records were there in total, if known.</summary>
    public long? TotalRecordCount { get; init; }
}
