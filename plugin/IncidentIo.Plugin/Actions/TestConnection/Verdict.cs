namespace IncidentIo.Plugin.Actions.TestConnection;

/// <summary>The answers the connection report gives to "has the key this scope?" and "can the key run this action?".</summary>
internal static class Verdict
{
    public const string Yes = "yes";

    public const string No = "no";

    /// <summary>Not known: no probe and no role guess, or the probe failed without a 2xx or 403 (5xx, timeout…).</summary>
    public const string Unknown = "unknown";
}
