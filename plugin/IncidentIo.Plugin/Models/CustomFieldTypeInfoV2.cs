namespace IncidentIo.Plugin.Models;

/// <summary>A custom field definition as embedded in an incident. Spec schema <c>CustomFieldTypeInfoV2</c>.</summary>
internal sealed record CustomFieldTypeInfoV2
{
    /// <summary>Description of the custom field.</summary>
    public string? Description { get; init; }

    /// <summary>Type of custom field. Known values: single_select, multi_select, text, link, numeric; a string, because incident.io may add values.</summary>
    public string? FieldType { get; init; }

    /// <summary>Unique identifier for the custom field.</summary>
    public required string Id { get; init; }

    /// <summary>Human readable name for the custom field.</summary>
    public string? Name { get; init; }

    /// <summary>What options are available for this custom field, if this field has options.</summary>
    public IReadOnlyList<CustomFieldOptionV2>? Options { get; init; }
}
