using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.TestConnection;

/// <summary>
/// Checks the connection and reports what the key can do. First lists severities (<c>GET /v1/severities</c>), as the
/// plugin's own calls would: a bad key fails the action (ActionError <c>configuration</c>, <c>unauthorized</c>,
/// <c>forbidden</c>…) rather than returning <c>{valid:false}</c>, so a host's test-connection command exits non-zero.
/// Then reads the key's name and roles (<c>GET /v1/identity</c>), probes every read scope some action declares with one
/// harmless list call (<see cref="ScopeChecker"/>), guesses the write scopes from the roles (<see cref="RoleGuesses"/>,
/// labelled <c>role_guess</c>), and says per action whether the key can run it. A failed identity read or probe leaves what
/// it would have shown unknown, with a warning; it never fails the test.
/// </summary>
[WorkflowAction("incidentio.test_connection")]
public sealed class TestConnectionAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public TestConnectionAction()
        : this(null)
    {
    }

    internal TestConnectionAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var clients = ClientsFor(context);
        var severities = await clients.SendAsync<SeveritiesListResultV1>(context.Connection, new ApiRequest(IncidentIoOperations.ListSeverities), cancellationToken);
        if (!severities.IsSuccess)
        {
            return ActionResult.Failure(severities.Error);
        }

        var warnings = new List<ActionErrorDetail>(severities.Warnings);
        var identity = await ReadIdentityAsync(clients, context.Connection, warnings, cancellationToken);
        var declared = ActionScopes.All;
        var scopes = declared.SelectMany(a => a.Scopes ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var measured = new Dictionary<string, ScopeCheck>(StringComparer.Ordinal)
        {
            ["severities.view"] = ScopeChecker.FromAnswer("severities.view", IncidentIoOperations.ListSeverities, severities.HttpStatus, null),
        };
        var checks = await ScopeChecker.CheckAsync(clients, context.Connection, scopes, measured, identity, cancellationToken);
        warnings.AddRange(checks.Where(c => c is { Granted: Verdict.Unknown, Basis: Basis.Unknown } && ScopeProbes.For(c.Scope) is not null)
            .Select(c => new ActionErrorDetail("/scopes", c.Detail)));
        var byScope = checks.ToDictionary(c => c.Scope, StringComparer.Ordinal);
        var actions = declared.Select(a => ActionReadinessRules.For(a, byScope, identity)).ToList();
        var output = new TestConnectionOutput(true, severities.Value.Severities.Count, Message(severities.Value.Severities.Count, identity, actions), identity, checks, actions);
        return ActionOutput.Success(output, warnings);
    }

    private static async Task<KeyIdentity?> ReadIdentityAsync(
        IncidentIoClientFactory clients, ActionConnection connection, List<ActionErrorDetail> warnings, CancellationToken cancellationToken)
    {
        var response = await clients.SendAsync<UtilitiesIdentityResultV1>(connection, new ApiRequest(IncidentIoOperations.Identity), cancellationToken);
        if (!response.IsSuccess)
        {
            warnings.Add(new ActionErrorDetail("/identity", $"GET /v1/identity failed ({response.Error.Code}): the key's roles are unknown, so no write scope is guessed."));
            return null;
        }

        warnings.AddRange(response.Warnings);
        var key = response.Value.Identity;
        return new KeyIdentity(key.Name, key.Roles, key.TeamRoles ?? [], key.DashboardUrl);
    }

    // Plain interpolation, not string.Create(CultureInfo.InvariantCulture, …): that overload takes its text as a ref
    // handler, so a mutant replacing the text cannot compile (CS1620) and Stryker dropped every mutant of this method
    // (tests/Mutation/README.md). The holes are names and non-negative counts, which no culture formats differently.
    private static string Message(int severityCount, KeyIdentity? identity, List<ActionReadiness> actions)
    {
        var who = identity is null ? "" : $" as \"{identity.Name}\" (roles: {(identity.Roles.Count == 0 ? "none" : string.Join(", ", identity.Roles))})";
        int Count(string canRun, string? basis = null) => actions.Count(a => a.CanRun == canRun && (basis is null || a.Basis == basis));
        return $"Connected to incident.io{who}: the API key can list severities ({severityCount} found). Of {actions.Count} actions, " +
            $"{Count(Verdict.Yes)} can run ({Count(Verdict.Yes, Basis.Probe)} measured, {Count(Verdict.Yes, Basis.RoleGuess)} inferred from roles), " +
            $"{Count(Verdict.No)} cannot ({Count(Verdict.No, Basis.Probe)} measured, {Count(Verdict.No, Basis.RoleGuess)} inferred) and {Count(Verdict.Unknown)} unknown.";
    }
}
