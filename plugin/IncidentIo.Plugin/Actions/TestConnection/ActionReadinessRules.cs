namespace IncidentIo.Plugin.Actions.TestConnection;

/// <summary>
/// Whether the key can run an action, from the checks of the scopes it declares: no as soon as a missing scope is measured;
/// unknown while any scope is unknown; otherwise the weakest basis decides (a guess anywhere makes the verdict a guess).
/// </summary>
internal static class ActionReadinessRules
{
    public static ActionReadiness For(ActionScopeDeclaration action, IReadOnlyDictionary<string, ScopeCheck> checks, KeyIdentity? identity)
    {
        if (action.Scopes is not { } scopes)
        {
            return new(action.Action, Verdict.Unknown, [], [], Basis.Unknown,
                "The action declares no scopes: what it needs depends on the operation it is given.");
        }

        if (scopes.Count == 0)
        {
            return new(action.Action, Verdict.Unknown, [], [], Basis.Unknown,
                "The action needs no API-key scope: it is authenticated with another secret, which this test does not check.");
        }

        var found = scopes.Select(s => checks[s]).ToList();
        if (RoleGuesses.UnscopedWriteOf(action.Action) is { } write)
        {
            found.Add(UnscopedWrite(write.Operation, write.Roles, identity));
        }

        var missing = found.Where(c => c.Granted == Verdict.No && scopes.Contains(c.Scope)).Select(c => c.Scope).ToList();
        var note = found.FirstOrDefault(c => !scopes.Contains(c.Scope))?.Detail;
        if (found.Any(c => c is { Granted: Verdict.No, Basis: Basis.Probe }))
        {
            return new(action.Action, Verdict.No, scopes, missing, Basis.Probe, note);
        }

        if (found.Any(c => c.Granted == Verdict.Unknown))
        {
            return new(action.Action, Verdict.Unknown, scopes, missing, Basis.Unknown, note);
        }

        var basis = found.Any(c => c.Basis == Basis.RoleGuess) ? Basis.RoleGuess : Basis.Probe;
        return new(action.Action, found.Any(c => c.Granted == Verdict.No) ? Verdict.No : Verdict.Yes, scopes, missing, basis, note);
    }

    // The spec gives this write no scope, so it is not in the action's scopes; it is guessed from the roles like a write scope.
    private static ScopeCheck UnscopedWrite(string operation, IReadOnlyList<string> roles, KeyIdentity? identity) =>
        ScopeChecker.FromRoles(operation, roles, identity, $"{operation} (no scope in the spec)");
}
