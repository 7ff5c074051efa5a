using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Alerts;

[TestFixture]
public sealed class AlertEventsEndpointTests
{
    [Test]
    public async Task HandleAsync_SameFiringEventTwice_LeavesOneAlertWithTheLatestTitle()
    {
        await using var harness = await SimulatorHarness.StartAsync();

        var (first, accepted) = await harness.SendAlertEventAsync(SimulatorHarness.AlertEvent("k1"));
        var (second, _) = await harness.SendAlertEventAsync(SimulatorHarness.AlertEvent("k1", title: "Disk still full"));

        var alerts = harness.Simulator.State.Alerts.All();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((first, second), Is.EqualTo((202, 202)));
            Assert.That((string?)accepted["deduplication_key"], Is.EqualTo("k1"));
            Assert.That(alerts, Has.Count.EqualTo(1));
            Assert.That((string?)alerts[0]["title"], Is.EqualTo("Disk still full"));
        }
    }

    [Test]
    public async Task HandleAsync_ResolvedThenFiringAgain_ResolvesTheAlertThenOpensANewOne()
    {
        await using var harness = await SimulatorHarness.StartAsync();

        await harness.SendAlertEventAsync(SimulatorHarness.AlertEvent("k1"));
        await harness.SendAlertEventAsync(SimulatorHarness.AlertEvent("k1", "resolved"));
        await harness.SendAlertEventAsync(SimulatorHarness.AlertEvent("k1"));

        var alerts = harness.Simulator.State.Alerts.All();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(alerts.Select(a => (string?)a["status"]), Is.EqualTo(new List<string> { "resolved", "firing" }));
            Assert.That(alerts[0].ContainsKey("resolved_at"), Is.True);
        }
    }

    [Test]
    public async Task HandleAsync_ApiKeyInsteadOfSourceToken_Is401AndStoresNothing()
    {
        await using var harness = await SimulatorHarness.StartAsync();

        var (status, body) = await harness.SendAlertEventAsync(SimulatorHarness.AlertEvent("k1"), token: SimulatorHarness.Key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(401));
            Assert.That((string?)body["type"], Is.EqualTo("authentication_error"));
            Assert.That(harness.Simulator.State.Alerts.All(), Is.Empty);
        }
    }

    [Test]
    public async Task HandleAsync_TokenInQuery_IsAccepted()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var client = harness.ClientWith(null);

        using var response = await client.PostAsync(
            new Uri($"/v2/alert_events/http/{SimulatorHarness.AlertSourceId}?token=sim_alert_source_token", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(SimulatorHarness.AlertEvent("k1")));

        Assert.That((int)response.StatusCode, Is.EqualTo(202));
    }

    [Test]
    public async Task HandleAsync_MissingTitleAndBadStatus_Returns422WithOneErrorEach()
    {
        await using var harness = await SimulatorHarness.StartAsync();

        var (status, body) = await harness.SendAlertEventAsync(new() { ["status"] = "open" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(422));
            Assert.That(body["errors"]!.AsArray().Select(e => (string?)e!["source"]!["field"]), Is.EquivalentTo(new List<string> { "title", "status" }));
        }
    }

    [Test]
    public async Task HandleAsync_UnknownSource_Returns404()
    {
        await using var harness = await SimulatorHarness.StartAsync();

        var (status, _) = await harness.SendAlertEventAsync(SimulatorHarness.AlertEvent("k1"), sourceId: "nope");

        Assert.That(status, Is.EqualTo(404));
    }
}
