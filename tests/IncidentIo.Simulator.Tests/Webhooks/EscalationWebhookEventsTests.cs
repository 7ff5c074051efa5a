using System.Text.Json.Nodes;
using IncidentIo.Simulator.Tests.Support;
using IncidentIo.Simulator.Webhooks;

namespace IncidentIo.Simulator.Tests.Webhooks;

/// <summary>The escalation webhooks over real HTTP: created once per idempotency key, a status update on cancel.</summary>
[TestFixture]
public sealed class EscalationWebhookEventsTests : SimulatorTestBase
{
    [Test]
    public async Task CreateTwiceThenCancel_OneCreatedAndOneStatusUpdate()
    {
        await using var sink = await WebhookSink.StartAsync();
        Harness.Simulator.Webhooks.AddEndpoint(new WebhookEndpoint(sink.Url, WebhookSink.Secret));
        var payload = new JsonObject { ["idempotency_key"] = "page-1", ["title"] = "Page", ["user_ids"] = new JsonArray("U1") };

        using var created = await Harness.PostAsync("/v2/escalations", payload);
        using var replayed = await Harness.PostAsync("/v2/escalations", payload);
        var id = (string)(await JsonBody.ReadAsync(created))["escalation"]!["id"]!;
        await Harness.Simulator.Webhooks.WhenIdleAsync();
        using var cancelled = await Harness.PostAsync($"/v2/escalations/{id}/actions/cancel", new JsonObject());
        using var again = await Harness.PostAsync($"/v2/escalations/{id}/actions/cancel", new JsonObject());
        await Harness.Simulator.Webhooks.WhenIdleAsync();
        var received = sink.Requests.ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(received.Select(r => r.EventType), Is.EqualTo(new[] { EscalationWebhookEvents.PublicCreated, EscalationWebhookEvents.PublicStatusUpdated }));
            Assert.That((string?)received[0].Json[EscalationWebhookEvents.PublicCreated]!["id"], Is.EqualTo(id));
            var update = received[1].Json[EscalationWebhookEvents.PublicStatusUpdated]!;
            Assert.That(((string?)update["previous_status"], (string?)update["new_status"], (string?)update["escalation"]!["status"]),
                Is.EqualTo(("triggered", "cancelled", "cancelled")));
        }
    }
}
