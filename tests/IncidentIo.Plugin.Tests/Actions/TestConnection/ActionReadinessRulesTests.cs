using IncidentIo.Plugin.Actions.TestConnection;

namespace IncidentIo.Plugin.Tests.Actions.TestConnection;

[TestFixture]
public sealed class ActionReadinessRulesTests
{
    private static readonly KeyIdentity Viewer = new("k", ["viewer"], [], null);

    private static readonly Dictionary<string, ScopeCheck> Checks = new()
    {
        ["a.view"] = new("a.view", Verdict.Yes, Basis.Probe, ""),
        ["b.view"] = new("b.view", Verdict.No, Basis.Probe, ""),
        ["c.view"] = new("c.view", Verdict.Unknown, Basis.Unknown, ""),
        ["d.create"] = new("d.create", Verdict.No, Basis.RoleGuess, ""),
        ["e.create"] = new("e.create", Verdict.Yes, Basis.RoleGuess, ""),
    };

    [TestCase("a.view", "yes", "probe", "")]
    [TestCase("a.view,e.create", "yes", "role_guess", "")]
    [TestCase("a.view,d.create", "no", "role_guess", "d.create")]
    [TestCase("b.view,c.view,d.create", "no", "probe", "b.view,d.create")]
    [TestCase("a.view,c.view,d.create", "unknown", "unknown", "d.create")]
    public void For_Scopes_TheMeasuredNoWinsThenUnknownThenTheWeakestBasis(string scopes, string canRun, string basis, string missing)
    {
        var readiness = ActionReadinessRules.For(new("x.action", scopes.Split(',')), Checks, Viewer);

        Assert.That((readiness.CanRun, readiness.Basis, string.Join(",", readiness.MissingScopes)), Is.EqualTo((canRun, basis, missing)));
    }

    [Test]
    public void For_NoDeclaredScopes_IsUnknownWithANote()
    {
        var readiness = ActionReadinessRules.For(new("incidentio.call_api", null), Checks, Viewer);

        Assert.That((readiness.CanRun, readiness.Note), Is.EqualTo(("unknown", "The action declares no scopes: what it needs depends on the operation it is given.")));
    }

    [Test]
    public void For_UpdateIncidentWithoutIdentity_IsUnknownBecauseItsEditCannotBeGuessed()
    {
        var readiness = ActionReadinessRules.For(new("incidentio.update_incident", ["a.view"]), Checks, identity: null);

        Assert.That((readiness.CanRun, readiness.Basis), Is.EqualTo(("unknown", "unknown")));
    }

    [Test]
    public void For_EmptyScopes_IsUnknownSayingAnotherSecretIsUsed()
    {
        var readiness = ActionReadinessRules.For(new("incidentio.send_alert_event", []), Checks, Viewer);

        Assert.That(
            (readiness.CanRun, readiness.Basis, readiness.Scopes.Count, readiness.Note),
            Is.EqualTo(("unknown", "unknown", 0, "The action needs no API-key scope: it is authenticated with another secret, which this test does not check.")));
    }

    [Test]
    public void For_UpdateIncidentWithoutTheEditRole_IsAGuessedNoWhoseNoteNamesTheEdit()
    {
        var readiness = ActionReadinessRules.For(new("incidentio.update_incident", ["a.view"]), Checks, Viewer);

        Assert.Multiple(() =>
        {
            Assert.That((readiness.CanRun, readiness.Basis, readiness.MissingScopes.Count), Is.EqualTo(("no", "role_guess", 0)), "the edit is no scope of the action");
            Assert.That(readiness.Note, Is.EqualTo(
                "POST /v2/incidents/{id}/actions/edit (no scope in the spec): probably missing, the key has none of the roles thought to grant it (incident_editor; inferred, unverified)."));
        });
    }

    [Test]
    public void For_ScopedActionWithoutUnscopedWrite_HasNoNote() =>
        Assert.That(ActionReadinessRules.For(new("x.action", ["a.view"]), Checks, Viewer).Note, Is.Null);
}
