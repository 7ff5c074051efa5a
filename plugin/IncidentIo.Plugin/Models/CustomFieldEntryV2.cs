namespace IncidentIo.Plugin.Models;

/// <summary>One custom field of an incident and its values. Spec schema <c>CustomFieldEntryV2</c>.</summary>
internal sealed record CustomFieldEntryV2
{
    /// <summary>The custom field this entry sets.</summary>
    public required CustomFieldTypeInfoV2 CustomField { get; init; }

    /// <summary>List of custom field values set on this entry.</summary>
    public IReadOnlyList<CustomFieldValueV2>? Values { get; init; }
}
