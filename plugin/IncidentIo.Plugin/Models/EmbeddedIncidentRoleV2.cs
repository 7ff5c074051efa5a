namespace IncidentIo.Plugin.Models;

/// <summary>An incident role as embedded in an assignment. Spec schema <c>EmbeddedIncidentRoleV2</c>.</summary>
internal sealed record EmbeddedIncidentRoleV2
{
    /// <summary>When the role was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Describes the purpose of the role.</summary>
    public string? Description { get; init; }

    /// <summary>Unique identifier for the role.</summary>
    public required string Id { get; init; }

    /// <summary>Provided to whoever is nominated for the role.</summary>
    public string? Instructions { get; init; }

    /// <summary>Human readable name of the incident role.</summary>
    public string? Name { get; init; }

    /// <summary>This field is deprecated.</summary>
    public bool? Required { get; init; }

    /// <summary>Type of incident role. Known values: lead, reporter, custom; a string, because incident.io may add values.</summary>
    public string? RoleType { get; init; }

    /// <summary>Short human readable name for Slack.</summary>
    public string? Shortform { get; init; }

    /// <summary>When the role was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
