using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Alerts;

[TestFixture]
public sealed class AlertEndpointsTests
{
    [Test]
    public async Task Resolve_FiringAlertTwice_ResolvesOnceAndReturnsItUnchanged()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        await harness.SendAlertEventAsync(SimulatorHarness.AlertEvent("k1"));
        var id = (string)harness.Simulator.State.Alerts.All()[0]["id"]!;

        using var first = await harness.Client.PostAsync(new Uri($"/v2/alerts/{id}/actions/resolve", UriKind.Relative), null);
        var resolved = await JsonBody.ReadAsync(first);
        using var second = await harness.Client.PostAsync(new Uri($"/v2/alerts/{id}/actions/resolve", UriKind.Relative), null);
        var again = await JsonBody.ReadAsync(second);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(((int)first.StatusCode, (int)second.StatusCode), Is.EqualTo((200, 200)));
            Assert.That((string?)resolved["alert"]!["status"], Is.EqualTo("resolved"));
            Assert.That((string?)again["alert"]!["resolved_at"], Is.EqualTo((string?)resolved["alert"]!["resolved_at"]));
        }
    }

    [Test]
    public async Task Sources_List_GivesEachSourceItsEventsUrlOnThisServer()
    {
        await using var harness = await SimulatorHarness.StartAsync();

        var (status, body) = await harness.GetAsync("/v2/alert_sources");

        var http = body["alert_sources"]!.AsArray().First(s => (string?)s!["id"] == SimulatorHarness.AlertSourceId)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That((string?)http["alert_events_url"], Is.EqualTo($"{harness.Simulator.BaseUrl}/v2/alert_events/http/{SimulatorHarness.AlertSourceId}"));
        }
    }

    [Test]
    public async Task Show_UnknownAlert_Returns404()
    {
        await using var harness = await SimulatorHarness.StartAsync();

        var (status, _) = await harness.GetAsync("/v2/alerts/nope");

        Assert.That(status, Is.EqualTo(404));
    }
}
