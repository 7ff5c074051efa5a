namespace IncidentIo.Plugin.Actions.TestConnection;

/// <summary>One action's manifest <c>id</c> and <c>scopes</c> (null when the manifest declares none, e.g. call_api).</summary>
internal sealed record ActionScopeDeclaration(string Action, IReadOnlyList<string>? Scopes);
