namespace IncidentIo.Plugin.Actions.TestConnection;

/// <summary>The key as <c>GET /v1/identity</c> describes it: its name and roles (never its scopes, which incident.io does not report).</summary>
internal sealed record KeyIdentity(string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> TeamRoles, string? DashboardUrl);
