namespace IncidentIo.Plugin.Models;

/// <summary>One value of a custom field (response shape: options and catalog entries are objects). Spec schema <c>CustomFieldValueV2</c>.</summary>
internal sealed record CustomFieldValueV2
{
    /// <summary>For catalog-backed fields: the catalog entry.</summary>
    public EmbeddedCatalogEntryV2? ValueCatalogEntry { get; init; }

    /// <summary>If the custom field type is 'link', this will contain the value assigned.</summary>
    public string? ValueLink { get; init; }

    /// <summary>If the custom field type is 'numeric', this will contain the value assigned.</summary>
    public string? ValueNumeric { get; init; }

    /// <summary>For select fields: the chosen option.</summary>
    public CustomFieldOptionV2? ValueOption { get; init; }

    /// <summary>If the custom field type is 'text', this will contain the value assigned.</summary>
    public string? ValueText { get; init; }
}
