using System.Text.Json;

namespace IncidentIo.Plugin.Models;

/// <summary>A user with their RBAC roles and seats. Spec schema <c>UserWithRolesV2</c>.</summary>
internal sealed record UserWithRolesV2
{
    /// <summary>The user's base role (<c>RBACRoleV2</c>), as sent.</summary>
    public JsonElement? BaseRole { get; init; }

    /// <summary>Custom roles (<c>RBACRoleV2</c>), as sent.</summary>
    public IReadOnlyList<JsonElement>? CustomRoles { get; init; }

    /// <summary>Email address.</summary>
    public string? Email { get; init; }

    /// <summary>Unique identifier of the user.</summary>
    public required string Id { get; init; }

    /// <summary>False when deactivated or not yet active.</summary>
    public bool? IsActive { get; init; }

    /// <summary>Name of the user.</summary>
    public required string Name { get; init; }

    /// <summary>DEPRECATED: the role as of March 2023.</summary>
    public string? Role { get; init; }

    /// <summary>On-call and response seats (<c>UserSeatsV2</c>), as sent.</summary>
    public JsonElement? Seats { get; init; }

    /// <summary>Slack ID of the user.</summary>
    public string? SlackUserId { get; init; }
}
