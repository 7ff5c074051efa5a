namespace IncidentIo.Plugin.Models;

/// <summary>An incident type, as the v1 types endpoints return it. Spec schema <c>IncidentTypeV1</c>.</summary>
internal sealed record IncidentTypeV1
{
    /// <summary>Whether incidents of this must always, or can optionally, be created in triage. Known values: always, optional; a string, because incident.io may add values.</summary>
    public string? CreateInTriage { get; init; }

    /// <summary>When this resource was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>What is this incident type for?</summary>
    public string? Description { get; init; }

    /// <summary>Unique identifier for this Incident Type.</summary>
    public required string Id { get; init; }

    /// <summary>The default Incident Type is used when no other type is explicitly specified.</summary>
    public bool? IsDefault { get; init; }

    /// <summary>The name of this Incident Type.</summary>
    public required string Name { get; init; }

    /// <summary>IDs of the teams that own this incident type.</summary>
    public IReadOnlyList<string>? OwningTeamIds { get; init; }

    /// <summary>Should all incidents created with this Incident Type be private?</summary>
    public bool? PrivateIncidentsOnly { get; init; }

    /// <summary>When this resource was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
