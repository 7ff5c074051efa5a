namespace IncidentIo.Plugin.Models;

/// <summary>An incident status, as embedded in a v2 incident. Spec schema <c>IncidentStatusV2</c>.</summary>
internal sealed record IncidentStatusV2
{
    /// <summary>What category of status it is. Known values: triage, declined, merged, canceled, live, learning, closed, paused; a string, because incident.io may add values.</summary>
    public required string Category { get; init; }

    /// <summary>When the status was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Rich text description of the incident status.</summary>
    public string? Description { get; init; }

    /// <summary>Unique ID of this incident status.</summary>
    public required string Id { get; init; }

    /// <summary>Unique name of this status.</summary>
    public required string Name { get; init; }

    /// <summary>Order of this incident status.</summary>
    public long? Rank { get; init; }

    /// <summary>When the status was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
