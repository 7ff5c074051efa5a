namespace IncidentIo.Plugin.Models;

/// <summary>A lifecycle timestamp definition. Spec schema <c>IncidentTimestampV2</c>.</summary>
internal sealed record IncidentTimestampV2
{
    /// <summary>Unique ID of this incident timestamp.</summary>
    public required string Id { get; init; }

    /// <summary>Unique name of this timestamp.</summary>
    public string? Name { get; init; }

    /// <summary>Order in which this timestamp should be shown.</summary>
    public long? Rank { get; init; }
}
