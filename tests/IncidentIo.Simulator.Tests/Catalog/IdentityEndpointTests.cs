using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Catalog;

[TestFixture]
public sealed class IdentityEndpointTests
{
    [TestCase(SimulatorHarness.Key, "Sandbox simulator key", "viewer,incident_creator,incident_editor,escalation_creator")]
    [TestCase(SimulatorHarness.LimitedKey, "Sandbox limited key", "incident_creator")]
    public async Task Handle_EachKey_ReturnsItsNameAndRoles(string key, string name, string roles)
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var client = harness.ClientWith(key);

        using var response = await client.GetAsync(new Uri("/v1/identity", UriKind.Relative));
        var body = await JsonBody.ReadAsync(response);

        var identity = body["identity"]!;
        Assert.That(((string?)identity["name"], string.Join(",", identity["roles"]!.AsArray().Select(r => (string?)r))), Is.EqualTo((name, roles)));
    }
}
