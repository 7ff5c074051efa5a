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
}
