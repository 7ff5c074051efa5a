namespace IncidentIo.Plugin.Models;

/// <summary>The calling API key. Spec schema <c>IdentityV1</c> (<c>GET /v1/identity</c>).</summary>
internal sealed record IdentityV1
{
    /// <summary>The key's name.</summary>
    public required string Name { get; init; }

    /// <summary>The organisation's dashboard URL, e.g. <c>https://app.incident.io/my-org</c>.</summary>
    public string? DashboardUrl { get; init; }

    /// <summary>Account-level role names (spec enum <c>viewer</c>, <c>incident_creator</c>…; read as strings, the enum is open).</summary>
    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>Team-scoped role names; they apply only to resources of the key's teams.</summary>
    public IReadOnlyList<string>? TeamRoles { get; init; }
}
