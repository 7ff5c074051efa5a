namespace IncidentIo.Plugin.Models;

/// <summary>An incident role, e.g. Incident Lead. Spec schema <c>IncidentRoleV2</c>.</summary>
internal sealed record IncidentRoleV2
{
    /// <summary>When the role was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>What the role is for.</summary>
    public string? Description { get; init; }

    /// <summary>Unique identifier of the role.</summary>
    public required string Id { get; init; }

    /// <summary>Given to whoever takes the role; empty for the reporter.</summary>
    public string? Instructions { get; init; }

    /// <summary>Human readable name.</summary>
    public required string Name { get; init; }

    /// <summary>lead, reporter or custom; a string, because incident.io may add types.</summary>
    public string? RoleType { get; init; }

    /// <summary>Short name for Slack; empty for the reporter.</summary>
    public string? Shortform { get; init; }

    /// <summary>When the role was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
