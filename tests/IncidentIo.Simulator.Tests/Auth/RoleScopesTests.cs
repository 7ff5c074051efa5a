using IncidentIo.Simulator.Auth;

namespace IncidentIo.Simulator.Tests.Auth;

[TestFixture]
public sealed class RoleScopesTests
{
    [Test]
    public void Granted_ViewerAndCreator_IsTheUnionOfBoth()
    {
        var granted = RoleScopes.Granted(["viewer", "incident_creator"]);

        Assert.Multiple(() =>
        {
            Assert.That(granted, Does.Contain("alerts.view").And.Contain("incidents.create"));
            Assert.That(granted, Does.Not.Contain("escalations.create"));
        });
    }

    [Test]
    public void Granted_UnknownRole_GrantsNothing() => Assert.That(RoleScopes.Granted(["telemetry_viewer"]), Is.Empty);
}
