using IncidentIo.Plugin.Actions.ListIncidentTypes;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Actions.ListIncidentTypes;

[TestFixture]
public sealed class ListIncidentTypesActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_Types_KeepsOrderAndOmitsAbsentOwningTeams()
    {
        Stub.Returns("GET", "/v1/incident_types", 200, """
            {"incident_types":[
              {"id":"T2","name":"Security","description":"","is_default":false,"private_incidents_only":true,"create_in_triage":"always",
               "owning_team_ids":["TEAM1"],"created_at":"2021-08-17T13:28:57Z","updated_at":"2021-08-17T13:28:57Z"},
              {"id":"T1","name":"Default","description":"","is_default":true,"private_incidents_only":false,"create_in_triage":"optional",
               "created_at":"2021-08-17T13:28:57Z","updated_at":"2021-08-17T13:28:57Z"}]}
            """);

        var output = await ActionRuns.OutputAsync(new ListIncidentTypesAction(Clients), Stub.Connection());

        var types = output["incident_types"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(types.Select(t => (string?)t!["id"]), Is.EqualTo(new[] { "T2", "T1" }));
            Assert.That((bool?)types[0]!["private_incidents_only"], Is.True);
            Assert.That((string?)types[0]!["owning_team_ids"]![0], Is.EqualTo("TEAM1"));
            Assert.That(types[1]!.AsObject().ContainsKey("owning_team_ids"), Is.False, "absent, not null");
            Assert.That((bool?)types[1]!["is_default"], Is.True);
            Assert.That((string?)types[1]!["create_in_triage"], Is.EqualTo("optional"));
            Assert.That(Stub.LastRequest.Path, Is.EqualTo("/v1/incident_types"));
        });
    }
}
