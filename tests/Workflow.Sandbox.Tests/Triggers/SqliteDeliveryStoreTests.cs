using System.Net;
using Workflow.Sandbox.Tests.Support;
using Workflow.Hosting.Triggers;

namespace Workflow.Sandbox.Tests.Triggers;

public class SqliteDeliveryStoreTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("deliveries-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task TryAcceptAsync_SameIdAfterReopen_False()
    {
        using (var store = SqliteDeliveryStore.Open(_directory))
        {
            Assert.That(await store.TryAcceptAsync(new AcceptedDelivery("msg_1", "{}")), Is.True);
        }

        using var reopened = SqliteDeliveryStore.Open(_directory);
        Assert.That(await reopened.TryAcceptAsync(new AcceptedDelivery("msg_1", "{}")), Is.False);
    }

    [Test]
    public async Task Pending_AfterReopen_OnlyTheIncompleteOnesInAcceptanceOrder()
    {
        using (var store = SqliteDeliveryStore.Open(_directory))
        {
            await store.TryAcceptAsync(new AcceptedDelivery("msg_b", "{\"n\":1}"));
            await store.TryAcceptAsync(new AcceptedDelivery("msg_a", "{\"n\":2}"));
            await store.TryAcceptAsync(new AcceptedDelivery("msg_c", "{\"n\":3}"));
            await store.CompleteAsync("msg_a");
        }

        using var reopened = SqliteDeliveryStore.Open(_directory);
        Assert.That(reopened.Pending(), Is.EqualTo(new[] { new AcceptedDelivery("msg_b", "{\"n\":1}") { Recovered = true }, new AcceptedDelivery("msg_c", "{\"n\":3}") { Recovered = true } }));
    }

    [Test]
    public async Task TryAcceptAsync_SameIdConcurrently_ExactlyOneAccepted()
    {
        using var store = SqliteDeliveryStore.Open(_directory);

        var answers = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(async () => await store.TryAcceptAsync(new AcceptedDelivery("msg_race", "{}")))));

        Assert.That((answers.Count(a => a), store.Pending().Count), Is.EqualTo((1, 1)));
    }

    [Test]
    public async Task HasRun_RecordedBeforeReopen_True()
    {
        using (var store = SqliteDeliveryStore.Open(_directory))
        {
            await store.RecordRunAsync("msg_1", "critical");
        }

        using var reopened = SqliteDeliveryStore.Open(_directory);
        Assert.That((reopened.HasRun("msg_1", "critical"), reopened.HasRun("msg_1", "other")), Is.EqualTo((true, false)));
    }

    [Test]
    public async Task Receiver_StoppedWithDeliveriesInFlightAndRestarted_EachRunsExactlyOnceAcrossBoth()
    {
        const string workflow = """{ "name": "Any", "trigger": { "on": "incidentio.incident_created" }, "steps": [ { "id": "sev", "action": "incidentio.list_severities" } ] }""";
        var ids = Enumerable.Range(0, 40).Select(i => $"msg_inflight_{i}").ToList();
        var first = await ListenerHarness.StartAsync(new Dictionary<string, string> { ["any"] = workflow }, SqliteDeliveryStore.Open(_directory), concurrency: 1);
        var answers = await Task.WhenAll(ids.Select(async id =>
        {
            using var response = await first.PostAsync(Body(id), id);
            return response.StatusCode;
        }));

        // Stopped at once: the runs still queued or in flight stay pending in deliveries.db.
        await first.DisposeAsync();
        await using var second = await ListenerHarness.StartAsync(new Dictionary<string, string> { ["any"] = workflow }, SqliteDeliveryStore.Open(_directory));
        await second.WaitForRunsAsync(ids.Count - first.Runs.Count);
        using var redelivery = await second.PostAsync(Body(ids[^1]), ids[^1]);
        await Task.Delay(300);

        var ran = first.Runs.Concat(second.Runs).Select(r => r.WebhookId).Order().ToList();
        TestContext.Out.WriteLine($"ran before the stop: {first.Runs.Count} of {ids.Count}; after the restart: {second.Runs.Count}");
        Assert.That(answers, Is.All.EqualTo(HttpStatusCode.Accepted));
        Assert.That(ran, Is.EqualTo(ids.Order().ToList()), $"first ran {first.Runs.Count}, second {second.Runs.Count}");
        Assert.That((redelivery.StatusCode, second.Store.Pending().Count), Is.EqualTo((HttpStatusCode.OK, 0)));
    }

    [Test]
    public async Task Receiver_RestartedWithAcceptedButUnrunDelivery_RunsItOnceAndRefusesItsRedelivery()
    {
        const string workflow = """{ "name": "Any", "trigger": { "on": "incidentio.incident_created" }, "steps": [ { "id": "sev", "action": "incidentio.list_severities" } ] }""";
        const string body = """{"event_type":"public_incident.incident_created_v2","public_incident.incident_created_v2":{"id":"01FDAG4SAP5TYPT98WGR2N7W91"}}""";
        // A receiver that accepted the delivery and died before running it: the store holds it, not complete.
        using (var crashed = SqliteDeliveryStore.Open(_directory))
        {
            await crashed.TryAcceptAsync(new AcceptedDelivery("msg_restart", body));
        }

        await using var listener = await ListenerHarness.StartAsync(new Dictionary<string, string> { ["any"] = workflow }, SqliteDeliveryStore.Open(_directory));
        var runs = await listener.WaitForRunsAsync(1);
        using var redelivery = await listener.PostAsync(body, "msg_restart");
        await Task.Delay(300);

        Assert.That(runs.Select(r => (r.WebhookId, r.Ok)), Is.EqualTo(new[] { ("msg_restart", true) }));
        Assert.That((redelivery.StatusCode, listener.Runs.Count, listener.Store.Pending().Count), Is.EqualTo((HttpStatusCode.OK, 1, 0)));
    }

    private static string Body(string id) =>
        $$$"""{"event_type":"public_incident.incident_created_v2","public_incident.incident_created_v2":{"id":"{{{id}}}","name":"n","visibility":"public"}}""";
}
