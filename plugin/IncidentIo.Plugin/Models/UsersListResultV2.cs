namespace IncidentIo.Plugin.Models;

/// <summary>One page of <c>GET /v2/users</c>. Spec schema <c>UsersListResultV2</c>.</summary>
internal sealed record UsersListResultV2
{
    /// <summary>Where the next page starts.</summary>
    public PaginationMetaResultV2? PaginationMeta { get; init; }

    /// <summary>The users on this page.</summary>
    public required IReadOnlyList<UserWithRolesV2> Users { get; init; }
}
