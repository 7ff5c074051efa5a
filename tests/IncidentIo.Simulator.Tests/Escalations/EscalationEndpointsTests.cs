using System.Text.Json.Nodes;
using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Escalations;

[TestFixture]
public sealed class EscalationEndpointsTests
{
    [Test]
    public async Task CreateAsync_SameIdempotencyKeyTwice_OneEscalation()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var payload = new JsonObject { ["idempotency_key"] = "k", ["title"] = "Page", ["user_ids"] = new JsonArray("U1") };

        using var first = await harness.PostAsync("/v2/escalations", payload);
        using var second = await harness.PostAsync("/v2/escalations", payload);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(((int)first.StatusCode, (int)second.StatusCode), Is.EqualTo((201, 201)));
            Assert.That(harness.Simulator.State.Escalations.All(), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task CreateAsync_PathAndUsers_Returns422()
    {
        await using var harness = await SimulatorHarness.StartAsync();

        using var response = await harness.PostAsync("/v2/escalations", new JsonObject
        {
            ["idempotency_key"] = "k", ["title"] = "Page", ["user_ids"] = new JsonArray("U1"), ["escalation_path_id"] = "01JD9S2H6M3P8Q1R4T7V9X2Z5A",
        });

        Assert.That((int)response.StatusCode, Is.EqualTo(422));
    }

    [Test]
    public async Task Cancel_Twice_CancelsOnceAndAddsOneEvent()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var created = await harness.PostAsync("/v2/escalations", new JsonObject { ["idempotency_key"] = "k", ["title"] = "Page", ["user_ids"] = new JsonArray("U1") });
        var id = (string)(await JsonBody.ReadAsync(created))["escalation"]!["id"]!;

        using var first = await harness.Client.PostAsync(new Uri($"/v2/escalations/{id}/actions/cancel", UriKind.Relative), null);
        using var second = await harness.Client.PostAsync(new Uri($"/v2/escalations/{id}/actions/cancel", UriKind.Relative), null);

        var escalation = harness.Simulator.State.Escalations.Find(id)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(((int)first.StatusCode, (int)second.StatusCode), Is.EqualTo((200, 200)));
            Assert.That((string?)escalation["status"], Is.EqualTo("cancelled"));
            Assert.That(escalation["events"]!.AsArray().Select(e => (string?)e!["event"]), Is.EqualTo(new List<string> { "triggered", "cancelled" }));
        }
    }
}
