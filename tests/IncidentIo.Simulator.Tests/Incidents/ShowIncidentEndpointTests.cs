using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Incidents;

[TestFixture]
public sealed class ShowIncidentEndpointTests
{
    [Test]
    public async Task Handle_ByIdAndByNumericReference_ReturnsTheSameIncident()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        await harness.CreateAsync(SimulatorHarness.Payload("first"));
        var second = await harness.CreateAsync(SimulatorHarness.Payload("second"));

        var (byIdStatus, byId) = await harness.GetAsync($"/v2/incidents/{second["id"]}");
        var (byRefStatus, byRef) = await harness.GetAsync("/v2/incidents/2");

        using (Assert.EnterMultipleScope())
        {
            Assert.That((byIdStatus, byRefStatus), Is.EqualTo((200, 200)));
            Assert.That((string?)byId["incident"]!["reference"], Is.EqualTo("INC-2"));
            Assert.That((string?)byRef["incident"]!["id"], Is.EqualTo((string?)second["id"]));
        }
    }

    [TestCase("01HZZZZZZZZZZZZZZZZZZZZZZZ")]
    [TestCase("99")]
    public async Task Handle_UnknownIncident_Returns404InErrorFormat(string id)
    {
        await using var harness = await SimulatorHarness.StartAsync();

        using var response = await harness.Client.GetAsync(new Uri($"/v2/incidents/{id}", UriKind.Relative));

        await ErrorBody.AssertAsync(response, 404, "not_found");
    }
}
