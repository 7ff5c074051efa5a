namespace IncidentIo.Plugin.Models;

/// <summary>An incident type, as embedded in a v2 incident (no owning teams). Spec schema <c>IncidentTypeV2</c>.</summary>
internal sealed record IncidentTypeV2
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

    /// <summary>Should all incidents created with this Incident Type be private?</summary>
    public bool? PrivateIncidentsOnly { get; init; }

    /// <summary>When this resource was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
