namespace IncidentIo.Simulator.Auth;

/// <summary>
/// Who a bearer key is: its id, name and roles (what <c>GET /v1/identity</c> reports), and the scopes it is granted (what
/// the routes check; incident.io never reports them). The key itself is never kept here, so it cannot be printed.
/// </summary>
internal sealed record ApiKeyIdentity(string Id, string Name, IReadOnlyList<string> Roles, IReadOnlySet<string> Scopes)
{
    /// <summary>A key granted what its roles grant in the simulator's model (<see cref="RoleScopes"/>).</summary>
    public static ApiKeyIdentity FromRoles(string id, string name, IReadOnlyList<string> roles) =>
        new(id, name, roles, RoleScopes.Granted(roles));
}
