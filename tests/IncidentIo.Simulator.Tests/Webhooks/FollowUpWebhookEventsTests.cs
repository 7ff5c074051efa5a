using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IncidentIo.Simulator.Tests.Support;
using IncidentIo.Simulator.Webhooks;

namespace IncidentIo.Simulator.Tests.Webhooks;

/// <summary>The follow-up webhooks over real HTTP: created and updated, public or private by the incident's visibility.</summary>
[TestFixture]
public sealed class FollowUpWebhookEventsTests : SimulatorTestBase
{
    [TestCase("public", FollowUpWebhookEvents.PublicCreated, FollowUpWebhookEvents.PublicUpdated)]
    [TestCase("private", FollowUpWebhookEvents.PrivateCreated, FollowUpWebhookEvents.PrivateUpdated)]
    public async Task CreateThenUpdate_CreatedThenUpdatedByVisibility(string visibility, string createdType, string updatedType)
    {
        var incident = (string)(await Harness.CreateAsync(SimulatorHarness.Payload("fu-" + visibility).With("visibility", visibility)))["id"]!;
        await using var sink = await WebhookSink.StartAsync();
        Harness.Simulator.Webhooks.AddEndpoint(new WebhookEndpoint(sink.Url, WebhookSink.Secret));

        using var created = await Harness.PostAsync("/v2/follow_ups", new JsonObject { ["incident_id"] = incident, ["title"] = "Add an alert" });
        var id = (string)(await JsonBody.ReadAsync(created))["follow_up"]!["id"]!;
        await Harness.Simulator.Webhooks.WhenIdleAsync();
        using var updated = await Harness.Client.PutAsJsonAsync($"/v2/follow_ups/{id}", new JsonObject { ["title"] = "Add an alert", ["status"] = "completed" });
        await Harness.Simulator.Webhooks.WhenIdleAsync();
        var received = sink.Requests.ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(received.Select(r => r.EventType), Is.EqualTo(new[] { createdType, updatedType }));
            Assert.That(received.Select(r => (string?)r.Json[r.EventType]!["id"]), Is.EqualTo(new[] { id, id }));
            Assert.That(received.Select(r => r.Json[r.EventType]!.AsObject().Count == 1), Is.EqualTo(new[] { visibility == "private", visibility == "private" }));
        }
    }
}
