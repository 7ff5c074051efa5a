namespace IncidentIo.Plugin.Actions.TestConnection;

/// <summary>Whether the key has one scope, and why the report thinks so.</summary>
/// <param name="Scope">The spec's scope name, e.g. <c>alerts.view</c>.</param>
/// <param name="Granted"><see cref="Verdict"/>: yes, no or unknown.</param>
/// <param name="Basis"><see cref="TestConnection.Basis"/>: probe, role_guess or unknown.</param>
/// <param name="Detail">A sentence: the probe's answer, or the roles the guess rests on.</param>
internal sealed record ScopeCheck(string Scope, string Granted, string Basis, string Detail);
