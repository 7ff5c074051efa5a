using IncidentIo.Plugin.Actions.ListIncidentRoles;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Actions.ListIncidentRoles;

[TestFixture]
public sealed class ListIncidentRolesActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_Roles_AreReturnedAsSent()
    {
        Stub.Returns("GET", "/v2/incident_roles", 200, NameBodies.Roles);

        var output = await ActionRuns.OutputAsync(new ListIncidentRolesAction(Clients), Stub.Connection(), new { });

        Assert.That(output["incident_roles"]!.AsArray().Select(r => (string?)r!["name"]), Is.EqualTo(new[] { "Incident Lead", "Communications" }));
    }
}
