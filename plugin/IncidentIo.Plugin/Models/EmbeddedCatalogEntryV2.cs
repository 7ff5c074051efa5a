namespace IncidentIo.Plugin.Models;

/// <summary>A catalog entry as embedded in a custom field value. Spec schema <c>EmbeddedCatalogEntryV2</c>.</summary>
internal sealed record EmbeddedCatalogEntryV2
{
    /// <summary>Optional aliases that can be used to reference this entry.</summary>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary>An optional alternative ID for this entry, which is ensured to be unique for the type.</summary>
    public string? ExternalId { get; init; }

    /// <summary>ID of this catalog entry.</summary>
    public required string Id { get; init; }

    /// <summary>Name is the human readable name of this entry.</summary>
    public string? Name { get; init; }
}
