using System.Text.Json;

namespace IncidentIo.Plugin.Models;

/// <summary>A custom field of the organisation. Spec schema <c>CustomFieldV2</c> (v2 fields do not embed their options).</summary>
internal sealed record CustomFieldV2
{
    /// <summary>For catalog-backed fields, the catalog type; their values are catalog entries, not options.</summary>
    public string? CatalogTypeId { get; init; }

    /// <summary>When the field was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Description of the field.</summary>
    public string? Description { get; init; }

    /// <summary>single_select, multi_select, text, link or numeric; a string, because incident.io may add types.</summary>
    public required string FieldType { get; init; }

    /// <summary>Catalog filtering (<c>CustomFieldFilterByOptionsV2</c>), as sent.</summary>
    public JsonElement? FilterBy { get; init; }

    /// <summary>Fixed catalog filter (<c>CustomFieldFixedFilterOptionsV2</c>), as sent.</summary>
    public JsonElement? FixedFilter { get; init; }

    /// <summary>For catalog fields, the attribute grouping the entries.</summary>
    public string? GroupByCatalogAttributeId { get; init; }

    /// <summary>The catalog attribute giving the options' help text.</summary>
    public string? HelptextCatalogAttributeId { get; init; }

    /// <summary>Unique identifier of the field.</summary>
    public required string Id { get; init; }

    /// <summary>Human readable name, e.g. <c>Affected Team</c>.</summary>
    public required string Name { get; init; }

    /// <summary>When the field was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
