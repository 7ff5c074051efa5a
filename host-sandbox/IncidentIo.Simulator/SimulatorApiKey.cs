namespace IncidentIo.Simulator;

/// <summary>
/// One more bearer key the simulator accepts (<see cref="SimulatorOptions.ExtraApiKeys"/>). <c>GET /v1/identity</c> reports
/// <see cref="Name"/> and <see cref="Roles"/>; the routes check <see cref="Scopes"/> (the spec's <c>x-rbac-scopes</c> names),
/// or, when null, what the roles grant in the simulator's model (README). A class, not a record, so the key never shows up in ToString.
/// </summary>
public sealed class SimulatorApiKey
{
    /// <summary>The bearer key.</summary>
    public required string Key { get; init; }

    /// <summary>The key's name, as <c>GET /v1/identity</c> reports it.</summary>
    public string Name { get; init; } = "Sandbox extra key";

    /// <summary>Account-level role names (<c>IdentityV1.roles</c>).</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Exactly the scopes granted (e.g. <c>severities.view</c>); null: those the roles grant.</summary>
    public IReadOnlyList<string>? Scopes { get; init; }
}
