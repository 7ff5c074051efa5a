namespace IncidentIo.Plugin.Models;

/// <summary>One option of a select custom field. Spec schema <c>CustomFieldOptionV2</c>.</summary>
internal sealed record CustomFieldOptionV2
{
    /// <summary>ID of the custom field this option belongs to.</summary>
    public string? CustomFieldId { get; init; }

    /// <summary>Unique identifier for the custom field option.</summary>
    public required string Id { get; init; }

    /// <summary>Sort key used to order the custom field options correctly.</summary>
    public long? SortKey { get; init; }

    /// <summary>Human readable name for the custom field option.</summary>
    public string? Value { get; init; }
}
