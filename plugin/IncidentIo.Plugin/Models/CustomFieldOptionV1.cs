namespace IncidentIo.Plugin.Models;

/// <summary>One option of a select custom field. Spec schema <c>CustomFieldOptionV1</c>.</summary>
internal sealed record CustomFieldOptionV1
{
    /// <summary>The field the option belongs to.</summary>
    public string? CustomFieldId { get; init; }

    /// <summary>Unique identifier of the option.</summary>
    public required string Id { get; init; }

    /// <summary>Sort key ordering the options.</summary>
    public long? SortKey { get; init; }

    /// <summary>The option's text, unique within its field.</summary>
    public required string Value { get; init; }
}
