using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Auth;

[TestFixture]
public sealed class RequiredRoleTests
{
    [Test]
    public async Task Filter_LimitedKeyEditsAnIncident_Returns403NamingTheRole()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var incident = await harness.CreateAsync(SimulatorHarness.Payload("edit-role-1"));
        using var limited = harness.ClientWith(SimulatorHarness.LimitedKey);

        using var response = await limited.PostAsync(new Uri($"/v2/incidents/{incident["id"]}/actions/edit", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { incident = new { name = "x" }, notify_incident_channel = false }));

        var body = await ErrorBody.AssertAsync(response, 403, "authorization_error");
        Assert.That((string?)body["errors"]![0]!["message"], Does.Contain("'incident_editor' role"));
    }
}
