namespace IncidentIo.Plugin.Actions.TestConnection;

/// <summary>Whether the key can run one action.</summary>
/// <param name="Action">The action's manifest id.</param>
/// <param name="CanRun"><see cref="Verdict"/>: yes, no or unknown.</param>
/// <param name="Scopes">The scopes its manifest declares.</param>
/// <param name="MissingScopes">Those the report finds missing (measured or guessed, as <paramref name="Basis"/> says).</param>
/// <param name="Basis"><see cref="TestConnection.Basis"/>: probe when every scope that decided it was measured.</param>
/// <param name="Note">Why the verdict is unknown or guessed when the scopes alone do not say; null otherwise.</param>
internal sealed record ActionReadiness(
    string Action, string CanRun, IReadOnlyList<string> Scopes, IReadOnlyList<string> MissingScopes, string Basis, string? Note);
