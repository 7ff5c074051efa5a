namespace IncidentIo.Plugin.Models;

/// <summary>The body of <c>GET /v2/custom_fields</c> (no pagination). Spec schema <c>CustomFieldsListResultV2</c>.</summary>
internal sealed record CustomFieldsListResultV2
{
    /// <summary>Every custom field.</summary>
    public required IReadOnlyList<CustomFieldV2> CustomFields { get; init; }
}
