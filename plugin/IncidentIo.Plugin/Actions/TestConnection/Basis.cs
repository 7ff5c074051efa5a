namespace IncidentIo.Plugin.Actions.TestConnection;

/// <summary>What a verdict of the connection report rests on.</summary>
internal static class Basis
{
    /// <summary>Measured: a harmless call with the key answered 2xx (granted) or 403 (missing).</summary>
    public const string Probe = "probe";

    /// <summary>Inferred, unverified: from the key's roles and <see cref="RoleGuesses"/> (incident.io publishes no role→scope map).</summary>
    public const string RoleGuess = "role_guess";

    /// <summary>Nothing to go on.</summary>
    public const string Unknown = "unknown";
}
