using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.ListUsers;

/// <summary>Output of incidentio.list_users.</summary>
/// <param name="Users">The users read (<c>UserWithRolesV2</c>), matching <c>name</c> when one was given.</param>
/// <param name="NextCursor">Pass as <c>after</c> to continue; absent when the users ran out.</param>
internal sealed record ListUsersOutput(IReadOnlyList<UserWithRolesV2> Users, string? NextCursor);
