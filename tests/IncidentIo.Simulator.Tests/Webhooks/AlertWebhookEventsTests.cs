using System.Text.Json.Nodes;
using IncidentIo.Simulator.Tests.Support;
using IncidentIo.Simulator.Webhooks;

namespace IncidentIo.Simulator.Tests.Webhooks;

/// <summary>The alert webhooks over real HTTP: sent when an alert starts firing and when it is resolved, not on updates.</summary>
[TestFixture]
public sealed class AlertWebhookEventsTests : SimulatorTestBase
{
    [Test]
    public async Task AlertEvents_FiringUpdatedResolved_CreatedThenResolvedWithTheAlert()
    {
        await using var sink = await WebhookSink.StartAsync();
        Harness.Simulator.Webhooks.AddEndpoint(new WebhookEndpoint(sink.Url, WebhookSink.Secret));

        await Harness.SendAlertEventAsync(SimulatorHarness.AlertEvent("disk-1"));
        await Harness.SendAlertEventAsync(SimulatorHarness.AlertEvent("disk-1", title: "Disk still full"));
        await Harness.SendAlertEventAsync(SimulatorHarness.AlertEvent("disk-1", status: "resolved"));
        await Harness.Simulator.Webhooks.WhenIdleAsync();
        var received = sink.Requests.OrderBy(r => r.EventType == AlertWebhookEvents.PublicResolved).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(received.Select(r => r.EventType), Is.EqualTo(new[] { AlertWebhookEvents.PublicCreated, AlertWebhookEvents.PublicResolved }));
            Assert.That((string?)received[0].Json[AlertWebhookEvents.PublicCreated]!["title"], Is.EqualTo("Disk full"));
            Assert.That((string?)received[1].Json[AlertWebhookEvents.PublicResolved]!["status"], Is.EqualTo("resolved"));
            Assert.That(received.All(WebhookSink.IsSignedWithSecret), Is.True);
        }
    }

    [Test]
    public async Task Resolve_FiringAlertThenAgain_OneResolvedEvent()
    {
        await using var sink = await WebhookSink.StartAsync();
        Harness.Simulator.Webhooks.AddEndpoint(new WebhookEndpoint(sink.Url, WebhookSink.Secret));
        await Harness.SendAlertEventAsync(SimulatorHarness.AlertEvent("cpu-1"));
        var id = (string)Harness.Simulator.State.Alerts.All().Single()["id"]!;

        using var first = await Harness.PostAsync($"/v2/alerts/{id}/actions/resolve", new JsonObject());
        using var second = await Harness.PostAsync($"/v2/alerts/{id}/actions/resolve", new JsonObject());
        await Harness.Simulator.Webhooks.WhenIdleAsync();

        Assert.That(sink.Requests.Select(r => r.EventType).Order(), Is.EqualTo(new[] { AlertWebhookEvents.PublicCreated, AlertWebhookEvents.PublicResolved }));
    }
}
