namespace IncidentIo.Plugin.Actions.TestConnection;

/// <summary>Output of incidentio.test_connection (only produced when the key can list severities; failures are ActionErrors).</summary>
/// <param name="Valid">Always true.</param>
/// <param name="SeverityCount">How many severities the key can see.</param>
/// <param name="Message">A sentence for people.</param>
/// <param name="Identity">The key's name and roles; null when <c>GET /v1/identity</c> failed (then a warning says why).</param>
/// <param name="Scopes">Every scope some action declares, with whether the key has it.</param>
/// <param name="Actions">Every action, with whether the key can run it.</param>
internal sealed record TestConnectionOutput(
    bool Valid,
    int SeverityCount,
    string Message,
    KeyIdentity? Identity,
    IReadOnlyList<ScopeCheck> Scopes,
    IReadOnlyList<ActionReadiness> Actions);
