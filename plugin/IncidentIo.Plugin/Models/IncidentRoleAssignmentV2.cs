namespace IncidentIo.Plugin.Models;

/// <summary>A role on an incident and who holds it. Spec schema <c>IncidentRoleAssignmentV2</c>.</summary>
internal sealed record IncidentRoleAssignmentV2
{
    /// <summary>Who holds the role; absent when nobody does.</summary>
    public UserV2? Assignee { get; init; }

    /// <summary>The role.</summary>
    public required EmbeddedIncidentRoleV2 Role { get; init; }
}
