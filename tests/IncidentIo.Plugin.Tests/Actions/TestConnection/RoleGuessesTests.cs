using IncidentIo.Plugin.Actions.TestConnection;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Actions.TestConnection;

[TestFixture]
public sealed class RoleGuessesTests
{
    [Test]
    public void RolesFor_EveryWriteScopeAnActionDeclares_HasAGuess()
    {
        var writes = ActionManifests.Stems.Select(ActionManifests.Load)
            .SelectMany(m => m["scopes"]?.AsArray().Select(s => (string)s!) ?? [])
            .Where(s => ScopeProbes.For(s) is null)
            .Distinct();

        Assert.That(writes.Where(s => RoleGuesses.RolesFor(s) is null), Is.Empty);
    }

    [TestCase("escalations.create", "escalation_creator,on_call_editor")]
    [TestCase("incidents.create", "incident_creator")]
    [TestCase("follow_ups.update", "incident_editor")]
    public void RolesFor_WriteScope_IsApiNotesBestGuess(string scope, string roles) =>
        Assert.That(string.Join(",", RoleGuesses.RolesFor(scope)!), Is.EqualTo(roles));

    [Test]
    public void RolesFor_ReadScope_HasNoGuess() => Assert.That(RoleGuesses.RolesFor("alerts.view"), Is.Null);

    [Test]
    public void UnscopedWriteOf_UpdateIncident_IsTheEditGuessedFromIncidentEditor()
    {
        var write = RoleGuesses.UnscopedWriteOf("incidentio.update_incident");

        Assert.Multiple(() =>
        {
            Assert.That(write?.Operation, Is.EqualTo("POST /v2/incidents/{id}/actions/edit"));
            Assert.That(write?.Roles, Is.EqualTo(new[] { "incident_editor" }));
            Assert.That(RoleGuesses.UnscopedWriteOf("incidentio.get_incident"), Is.Null);
        });
    }
}
