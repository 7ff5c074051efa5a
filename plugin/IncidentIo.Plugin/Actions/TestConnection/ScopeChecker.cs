using System.Collections.Concurrent;
using System.Text.Json;
using IncidentIo.Plugin.Client;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.TestConnection;

/// <summary>
/// Finds out which scopes the key has: one probe per read scope (<see cref="ScopeProbes"/>), at most
/// <see cref="MaxConcurrentProbes"/> at a time and through the client's rate limiter and retries; a role guess for the rest
/// (<see cref="RoleGuesses"/>). A probe that fails otherwise than with a 2xx or 403 leaves its scope unknown, never the test failed.
/// </summary>
internal static class ScopeChecker
{
    /// <summary>Probes in flight at once: quick on a slow link, gentle on the key's 1200-per-minute bucket.</summary>
    public const int MaxConcurrentProbes = 4;

    /// <summary>A check per scope in <paramref name="scopes"/>, in that order.</summary>
    /// <param name="known">Scopes already measured (the severities list the test starts with).</param>
    /// <param name="identity">The key's roles for the guesses; null when they could not be read.</param>
    public static async Task<IReadOnlyList<ScopeCheck>> CheckAsync(
        IncidentIoClientFactory clients,
        ActionConnection connection,
        IReadOnlyList<string> scopes,
        IReadOnlyDictionary<string, ScopeCheck> known,
        KeyIdentity? identity,
        CancellationToken cancellationToken)
    {
        var probed = new ConcurrentDictionary<string, ScopeCheck>(known, StringComparer.Ordinal);
        var probes = scopes.Where(s => !known.ContainsKey(s)).Select(s => (Scope: s, Request: ScopeProbes.For(s))).Where(p => p.Request is not null);
        await Parallel.ForEachAsync(
            probes,
            new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentProbes, CancellationToken = cancellationToken },
            async (probe, token) => probed[probe.Scope] = await ProbeAsync(clients, connection, probe.Scope, probe.Request!, token));
        return scopes.Select(s => probed.TryGetValue(s, out var check) ? check : Guess(s, identity)).ToList();
    }

    /// <summary>What the answer to <paramref name="operation"/> proves about <paramref name="scope"/>.</summary>
    public static ScopeCheck FromAnswer(string scope, ApiOperation operation, int? status, ActionError? error) =>
        (error, status) switch
        {
            (null, _) => new(scope, Verdict.Yes, Basis.Probe, $"{operation.Name} answered {status}."),
            (_, 403) => new(scope, Verdict.No, Basis.Probe, $"{operation.Name} answered 403: the key lacks this scope."),
            _ => new(scope, Verdict.Unknown, Basis.Unknown,
                $"{operation.Name} failed ({error.Code}{(status is { } s ? $", HTTP {s}" : "")}), so this scope could not be checked."),
        };

    private static async Task<ScopeCheck> ProbeAsync(
        IncidentIoClientFactory clients, ActionConnection connection, string scope, ApiRequest request, CancellationToken cancellationToken)
    {
        var response = await clients.SendAsync<JsonElement>(connection, request, cancellationToken);
        return FromAnswer(scope, request.Operation, response.HttpStatus, response.Error);
    }

    private static ScopeCheck Guess(string scope, KeyIdentity? identity)
    {
        if (RoleGuesses.RolesFor(scope) is not { } roles)
        {
            return new(scope, Verdict.Unknown, Basis.Unknown, "No harmless call checks this scope and no role is known to grant it.");
        }

        return FromRoles(scope, roles, identity, "This write scope");
    }

    /// <summary>
    /// The role guess for <paramref name="name"/> (a scope, or a write the spec gives none): granted when the key holds one of
    /// <paramref name="roles"/>, missing otherwise, unknown without the key's roles; always labelled <c>role_guess</c>.
    /// </summary>
    public static ScopeCheck FromRoles(string name, IReadOnlyList<string> roles, KeyIdentity? identity, string subject)
    {
        if (identity is null)
        {
            return new(name, Verdict.Unknown, Basis.Unknown, $"{subject} cannot be probed and the key's roles could not be read, so it could not be guessed.");
        }

        var held = roles.Where(identity.Roles.Contains).ToList();
        return held.Count > 0
            ? new(name, Verdict.Yes, Basis.RoleGuess, $"{subject}: probably granted by the key's role {string.Join(", ", held)} (inferred, unverified: a write cannot be probed).")
            : new(name, Verdict.No, Basis.RoleGuess, $"{subject}: probably missing, the key has none of the roles thought to grant it ({string.Join(", ", roles)}; inferred, unverified).");
    }
}
