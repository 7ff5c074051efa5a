namespace IncidentIo.Plugin.Models;

/// <summary>Values to set on one custom field. Spec schema <c>CustomFieldEntryPayloadV2</c>.</summary>
internal sealed record CustomFieldEntryPayloadV2
{
    /// <summary>ID of the custom field this entry is linked against.</summary>
    public required string CustomFieldId { get; init; }

    /// <summary>The values; an empty list unsets the field.</summary>
    public required IReadOnlyList<CustomFieldValuePayloadV2> Values { get; init; }
}
