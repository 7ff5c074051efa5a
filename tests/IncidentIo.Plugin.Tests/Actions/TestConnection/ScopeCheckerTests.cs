using IncidentIo.Plugin.Actions.TestConnection;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.TestConnection;

[TestFixture]
public sealed class ScopeCheckerTests : StubFixture
{
    private static readonly KeyIdentity Viewer = new("k", ["viewer"], [], null);
    private static readonly ActionError ServerError = new() { Code = ActionErrorCodes.ServerError, Message = "m" };

    [Test]
    public void FromAnswer_Success_IsGrantedByProbeNamingTheStatus() =>
        Assert.That(
            ScopeChecker.FromAnswer("alerts.view", IncidentIoOperations.ListAlerts, 200, null),
            Is.EqualTo(new ScopeCheck("alerts.view", Verdict.Yes, Basis.Probe, "GET /v2/alerts answered 200.")));

    [Test]
    public void FromAnswer_403_IsMissingByProbe() =>
        Assert.That(
            ScopeChecker.FromAnswer("alerts.view", IncidentIoOperations.ListAlerts, 403, ServerError with { Code = ActionErrorCodes.Forbidden }),
            Is.EqualTo(new ScopeCheck("alerts.view", Verdict.No, Basis.Probe, "GET /v2/alerts answered 403: the key lacks this scope.")));

    [TestCase(503, "GET /v2/alerts failed (server_error, HTTP 503), so this scope could not be checked.", TestName = "FromAnswer_OtherStatus_IsUnknownNamingCodeAndStatus")]
    [TestCase(null, "GET /v2/alerts failed (server_error), so this scope could not be checked.", TestName = "FromAnswer_NoAnswer_IsUnknownNamingTheCode")]
    public void FromAnswer_Failure_IsUnknown(int? status, string detail) =>
        Assert.That(
            ScopeChecker.FromAnswer("alerts.view", IncidentIoOperations.ListAlerts, status, ServerError),
            Is.EqualTo(new ScopeCheck("alerts.view", Verdict.Unknown, Basis.Unknown, detail)));

    [Test]
    public void FromRoles_KeyHoldsOne_IsGrantedByRoleGuessNamingTheRolesHeld() =>
        Assert.That(
            ScopeChecker.FromRoles("x.create", ["editor", "viewer", "owner"], new KeyIdentity("k", ["owner", "viewer"], [], null), "This write scope"),
            Is.EqualTo(new ScopeCheck("x.create", Verdict.Yes, Basis.RoleGuess,
                "This write scope: probably granted by the key's role viewer, owner (inferred, unverified: a write cannot be probed).")));

    [Test]
    public void FromRoles_KeyHoldsNone_IsMissingByRoleGuessNamingTheRolesThatWould() =>
        Assert.That(
            ScopeChecker.FromRoles("x.create", ["editor", "owner"], Viewer, "This write scope"),
            Is.EqualTo(new ScopeCheck("x.create", Verdict.No, Basis.RoleGuess,
                "This write scope: probably missing, the key has none of the roles thought to grant it (editor, owner; inferred, unverified).")));

    [Test]
    public void FromRoles_RolesUnread_IsUnknown() =>
        Assert.That(
            ScopeChecker.FromRoles("x.create", ["editor"], null, "This write scope"),
            Is.EqualTo(new ScopeCheck("x.create", Verdict.Unknown, Basis.Unknown,
                "This write scope cannot be probed and the key's roles could not be read, so it could not be guessed.")));

    [Test]
    public async Task CheckAsync_ScopesWithoutProbe_AreGuessedOrUnknownInTheOrderGivenWithoutAnyRequest()
    {
        var checks = await ScopeChecker.CheckAsync(Clients, Stub.Connection(), ["x.unknown", "incidents.create"], new Dictionary<string, ScopeCheck>(), Viewer, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(checks, Is.EqualTo(new[]
            {
                new ScopeCheck("x.unknown", Verdict.Unknown, Basis.Unknown, "No harmless call checks this scope and no role is known to grant it."),
                new ScopeCheck("incidents.create", Verdict.No, Basis.RoleGuess,
                    "This write scope: probably missing, the key has none of the roles thought to grant it (incident_creator; inferred, unverified)."),
            }));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task CheckAsync_Cancelled_StopsWithoutSendingAProbe()
    {
        Stub.Returns("GET", "/v2/alerts", 200, "{}");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThatAsync(
            () => ScopeChecker.CheckAsync(Clients, Stub.Connection(), ["alerts.view"], new Dictionary<string, ScopeCheck>(), Viewer, cancelled.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(Stub.RequestCount, Is.Zero);
    }

    [Test]
    public async Task CheckAsync_KnownAndProbedScopes_KnownKeptAsGivenAndOnlyTheOthersProbed()
    {
        Stub.Returns("GET", "/v2/alerts", 200, "{}");
        var known = new ScopeCheck("severities.view", Verdict.Yes, Basis.Probe, "measured before");

        var checks = await ScopeChecker.CheckAsync(
            Clients, Stub.Connection(), ["alerts.view", "severities.view"], new Dictionary<string, ScopeCheck> { ["severities.view"] = known }, Viewer, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(checks, Is.EqualTo(new[] { new ScopeCheck("alerts.view", Verdict.Yes, Basis.Probe, "GET /v2/alerts answered 200."), known }));
            Assert.That(Stub.Server.LogEntries.Select(e => e.RequestMessage!.Path), Is.EqualTo(new[] { "/v2/alerts" }));
        });
    }
}
