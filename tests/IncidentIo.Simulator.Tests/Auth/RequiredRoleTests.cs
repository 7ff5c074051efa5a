using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Auth;

[TestFixture]
public sealed class RequiredRoleTests
{
    [Test]
    public async Task Filter_LimitedKeyListsSeverities_Returns403()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var limited = harness.ClientWith(SimulatorHarness.LimitedKey);

        using var response = await limited.GetAsync(new Uri("/v1/severities", UriKind.Relative));

        var body = await ErrorBody.AssertAsync(response, 403, "authorization_error");
        Assert.That((string?)body["errors"]![0]!["message"], Does.Contain("viewer"));
    }

    [Test]
    public async Task Filter_LimitedKeyWithCreatorRole_CanCreate()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var limited = harness.ClientWith(SimulatorHarness.LimitedKey);

        using var response = await limited.PostAsync(new Uri("/v2/incidents", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(SimulatorHarness.Payload("limited-1")));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }
}
