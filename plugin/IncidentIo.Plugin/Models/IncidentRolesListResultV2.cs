namespace IncidentIo.Plugin.Models;

/// <summary>The body of <c>GET /v2/incident_roles</c> (no pagination). Spec schema <c>IncidentRolesListResultV2</c>.</summary>
internal sealed record IncidentRolesListResultV2
{
    /// <summary>Every incident role.</summary>
    public required IReadOnlyList<IncidentRoleV2> IncidentRoles { get; init; }
}
