namespace IncidentIo.Plugin.Models;

/// <summary>
/// One custom field value to set (request shape: options and catalog entries by id). Spec schema
/// <c>CustomFieldValuePayloadV2</c>, without the deprecated <c>value_timestamp</c>.
/// </summary>
internal sealed record CustomFieldValuePayloadV2
{
    /// <summary>Unique identifier for the custom field value.</summary>
    public string? Id { get; init; }

    /// <summary>ID of the catalog entry; its external ID or an alias work too.</summary>
    public string? ValueCatalogEntryId { get; init; }

    /// <summary>For link fields.</summary>
    public string? ValueLink { get; init; }

    /// <summary>For numeric fields, as a string (e.g. "123.456").</summary>
    public string? ValueNumeric { get; init; }

    /// <summary>ID of the custom field option.</summary>
    public string? ValueOptionId { get; init; }

    /// <summary>For text fields.</summary>
    public string? ValueText { get; init; }
}
