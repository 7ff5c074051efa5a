using System.Net.Http.Json;
using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.State;

[TestFixture]
public sealed class SimulatorStateTests
{
    [Test]
    public async Task GetOrCreate_ConcurrentDistinctKeys_GivesDistinctConsecutiveReferences()
    {
        await using var harness = await SimulatorHarness.StartAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            harness.Client.PostAsJsonAsync("/v2/incidents", SimulatorHarness.Payload($"key-{i}"))));
        foreach (var response in responses)
        {
            response.Dispose();
        }

        var references = harness.Simulator.State.Incidents().Select(i => (string)i["reference"]!).ToList();
        Assert.That(references, Is.EquivalentTo(Enumerable.Range(1, 30).Select(n => $"INC-{n}")));
    }

    [Test]
    public async Task Find_ReturnsACopy_SoCallersCannotChangeTheStore()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        await harness.CreateAsync(SimulatorHarness.Payload("copy"));

        harness.Simulator.State.Find("1")!["name"] = "changed";

        Assert.That((string?)harness.Simulator.State.Find("1")!["name"], Is.EqualTo("Incident copy"));
    }

    [Test]
    public async Task Find_UnknownIdOrKey_IsNull()
    {
        await using var harness = await SimulatorHarness.StartAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(harness.Simulator.State.Find("1"), Is.Null);
            Assert.That(harness.Simulator.State.FindByIdempotencyKey("x"), Is.Null);
        }
    }
}
