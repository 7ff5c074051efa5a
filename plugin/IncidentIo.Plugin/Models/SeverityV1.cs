namespace IncidentIo.Plugin.Models;

/// <summary>A severity, as the v1 severities endpoints return it. Spec schema <c>SeverityV1</c>.</summary>
internal sealed record SeverityV1
{
    /// <summary>When the action was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Description of the severity.</summary>
    public string? Description { get; init; }

    /// <summary>Unique identifier of the severity.</summary>
    public required string Id { get; init; }

    /// <summary>Human readable name of the severity.</summary>
    public required string Name { get; init; }

    /// <summary>Rank to help sort severities (lower numbers are less severe).</summary>
    public long? Rank { get; init; }

    /// <summary>When the action was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
