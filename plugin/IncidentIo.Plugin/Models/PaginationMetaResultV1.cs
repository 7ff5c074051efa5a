namespace IncidentIo.Plugin.Models;

/// <summary>Cursor of a v1 list page. Spec schema <c>PaginationMetaResultV1</c>.</summary>
internal sealed record PaginationMetaResultV1
{
    /// <summary>If provided, pass this as the 'after' param to load the next page.</summary>
    public string? After { get; init; }

    /// <summary>What was the maximum number of results requested.</summary>
    public long? PageSize { get; init; }
}
