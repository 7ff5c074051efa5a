using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Workflow.Hosting.Triggers;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Triggers;

/// <summary>The polling trigger over the real plugin and simulator: new and changed incidents run once each, across restarts.</summary>
public class TriggerPollerTests
{
    private const string TriggerId = "incidentio.incident_changed_polling";

    private const string OnChange = """
        { "name": "On change", "trigger": { "on": "incidentio.incident_changed_polling" },
          "steps": [ { "id": "name", "action": "incidentio.list_severities" } ] }
        """;

    private static Task<ListenerHarness> StartAsync(IDeliveryStore? store = null, bool hold = false) =>
        ListenerHarness.StartAsync(new Dictionary<string, string> { ["changes"] = OnChange }, store, hold: hold);

    [Test]
    public async Task PollOnceAsync_TwoNewIncidents_EachRunsOnceAndARepollRunsNothing()
    {
        await using var listener = await StartAsync();
        var first = await DeclareAsync(listener, "poll-a");
        var second = await DeclareAsync(listener, "poll-b");
        var poller = listener.Poller(TriggerId);

        var poll = await poller.PollOnceAsync(CancellationToken.None);
        var runs = await listener.WaitForRunsAsync(2);
        var again = await poller.PollOnceAsync(CancellationToken.None);
        await Task.Delay(200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((poll.Error, poll.Accepted, again.Accepted), Is.EqualTo(((Workflow.Abstractions.ActionError?)null, 2, 0)));
            Assert.That(listener.Runs.Select(r => (r.EventType, r.Ok)), Is.EqualTo(new[] { (TriggerId, true), (TriggerId, true) }));
            Assert.That(runs.Select(r => r.WebhookId), Is.EquivalentTo(new[] { PollId(first), PollId(second) }));
            Assert.That(poll.Watermark, Is.EqualTo(DateTimeOffset.Parse((string)second["updated_at"]!, System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Test]
    public async Task PollOnceAsync_IncidentChangedAfterAPoll_RunsOnceMoreWithTheNewState()
    {
        await using var listener = await StartAsync();
        var incident = await DeclareAsync(listener, "poll-edit");
        var poller = listener.Poller(TriggerId);
        await poller.PollOnceAsync(CancellationToken.None);
        await listener.WaitForRunsAsync(1);

        var edited = await EditAsync(listener, (string)incident["id"]!, "Renamed");
        var poll = await poller.PollOnceAsync(CancellationToken.None);
        var runs = await listener.WaitForRunsAsync(2);

        Assert.That((poll.Accepted, runs.Count, runs[1].WebhookId), Is.EqualTo((1, 2, PollId(edited))));
    }

    [Test]
    public async Task PollOnceAsync_RestartOnTheSameStateDir_RunsNothingAgain()
    {
        var directory = Path.Combine(Path.GetTempPath(), "poll-state-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var listener = await StartAsync(SqliteDeliveryStore.Open(directory));
            await DeclareAsync(listener, "poll-restart");
            var first = await listener.Poller(TriggerId).PollOnceAsync(CancellationToken.None);
            await listener.WaitForRunsAsync(1);

            using var reopened = SqliteDeliveryStore.Open(directory);
            var afterRestart = await listener.Poller(TriggerId, reopened).PollOnceAsync(CancellationToken.None);

            Assert.That((first.Accepted, afterRestart.Accepted, reopened.Watermark(TriggerId)), Is.EqualTo((1, 0, (DateTimeOffset?)first.Watermark)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public async Task PollOnceAsync_RunsHeld_ChangeRecordedNotRunThenRunOnceAfterARestartWithoutHolding()
    {
        var directory = Path.Combine(Path.GetTempPath(), "poll-held-" + Guid.NewGuid().ToString("N"));
        try
        {
            JsonObject incident;
            TriggerPoller.PollResult poll;
            int heldRuns, heldPending;
            await using (var held = await StartAsync(SqliteDeliveryStore.Open(directory), hold: true))
            {
                incident = await DeclareAsync(held, "poll-held");
                poll = await held.Poller(TriggerId).PollOnceAsync(CancellationToken.None);
                await Task.Delay(300);
                (heldRuns, heldPending) = (held.Runs.Count, held.Store.Pending().Count);
            }

            await using var resumed = await StartAsync(SqliteDeliveryStore.Open(directory));
            var runs = await resumed.WaitForRunsAsync(1);
            await Task.Delay(200);

            Assert.That((poll.Accepted, heldRuns, heldPending), Is.EqualTo((1, 0, 1)));
            Assert.That(resumed.Runs.Select(r => (r.WebhookId, r.Ok)), Is.EqualTo(new[] { (PollId(incident), true) }), string.Join("; ", runs.Select(r => r.Error?.Message)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public async Task PollOnceAsync_MoreChangesThanTheCap_TheRestComeNextPollOldestFirst()
    {
        await using var listener = await StartAsync();
        var declared = new List<JsonObject>();
        for (var i = 0; i < 53; i++)
        {
            declared.Add(await DeclareAsync(listener, $"poll-cap-{i}"));
        }

        var poller = listener.Poller(TriggerId);
        var first = await poller.PollOnceAsync(CancellationToken.None);
        var second = await poller.PollOnceAsync(CancellationToken.None);
        var runs = await listener.WaitForRunsAsync(53);

        Assert.That((first.Accepted, second.Accepted, runs.Select(r => r.WebhookId).Distinct().Count()), Is.EqualTo((50, 3, 53)));
        Assert.That(first.Watermark, Is.EqualTo(DateTimeOffset.Parse((string)declared[49]["updated_at"]!, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string PollId(JsonObject incident) =>
        $"poll-{(string)incident["id"]!}-{DateTimeOffset.Parse((string)incident["updated_at"]!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture)}";

    private static async Task<JsonObject> DeclareAsync(ListenerHarness listener, string key)
    {
        using var http = Client(listener);
        using var response = await http.PostAsJsonAsync("/v2/incidents", new JsonObject
        {
            ["idempotency_key"] = key, ["name"] = key, ["visibility"] = "public", ["severity_id"] = "01HQ5SVMXXQKFBF5KZNWJ47TAN",
        });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["incident"]!.AsObject();
    }

    private static async Task<JsonObject> EditAsync(ListenerHarness listener, string id, string name)
    {
        using var http = Client(listener);
        using var response = await http.PostAsJsonAsync($"/v2/incidents/{id}/actions/edit", new JsonObject
        {
            ["incident"] = new JsonObject { ["name"] = name }, ["notify_incident_channel"] = false,
        });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["incident"]!.AsObject();
    }

    private static HttpClient Client(ListenerHarness listener)
    {
        var http = new HttpClient { BaseAddress = new Uri(listener.SimulatorUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", listener.ApiKey);
        return http;
    }
}
