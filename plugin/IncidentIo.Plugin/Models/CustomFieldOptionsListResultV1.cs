namespace IncidentIo.Plugin.Models;

/// <summary>One page of <c>GET /v1/custom_field_options</c>. Spec schema <c>CustomFieldOptionsListResultV1</c>.</summary>
internal sealed record CustomFieldOptionsListResultV1
{
    /// <summary>The options on this page.</summary>
    public required IReadOnlyList<CustomFieldOptionV1> CustomFieldOptions { get; init; }

    /// <summary>Where the next page starts.</summary>
    public PaginationMetaResultV1? PaginationMeta { get; init; }
}
