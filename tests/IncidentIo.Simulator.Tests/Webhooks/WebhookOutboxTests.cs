using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IncidentIo.Simulator.Tests.Support;
using IncidentIo.Simulator.Webhooks;

namespace IncidentIo.Simulator.Tests.Webhooks;

/// <summary>The simulator's webhooks over real HTTP: envelope, Standard Webhooks signature, retries, private variants.</summary>
[TestFixture]
public sealed class WebhookOutboxTests : SimulatorTestBase
{
    private static WebhookEndpoint Endpoint(WebhookSink sink, int retries = 5) =>
        new(sink.Url, WebhookSink.Secret) { MaxRetries = retries, RetryDelay = TimeSpan.FromMilliseconds(20) };

    [Test]
    public async Task Publish_IncidentCreated_DeliversTheSignedPublicEnvelope()
    {
        await using var sink = await WebhookSink.StartAsync();
        Harness.Simulator.Webhooks.AddEndpoint(Endpoint(sink));

        var incident = await Harness.CreateAsync(SimulatorHarness.Payload("hook-public"));
        var received = (await sink.WaitForAsync(1)).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(received.EventType, Is.EqualTo("public_incident.incident_created_v2"));
            Assert.That(received.Json["public_incident.incident_created_v2"]!.ToJsonString(), Is.EqualTo(incident.ToJsonString()));
            Assert.That(received.Json.Select(p => p.Key), Is.EquivalentTo(new[] { "event_type", "public_incident.incident_created_v2" }));
            Assert.That(received.Id, Does.StartWith("msg_"));
            Assert.That(WebhookSink.IsSignedWithSecret(received), Is.True, received.Signature);
            Assert.That(WebhookSink.TimestampOf(received), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
        }
    }

    [Test]
    public async Task Publish_PrivateIncidentCreated_SendsOnlyItsId()
    {
        await using var sink = await WebhookSink.StartAsync();
        Harness.Simulator.Webhooks.AddEndpoint(Endpoint(sink));

        var incident = await Harness.CreateAsync(SimulatorHarness.Payload("hook-private").With("visibility", "private"));
        var received = (await sink.WaitForAsync(1)).Single();

        Assert.That((received.EventType, received.Json["private_incident.incident_created_v2"]!.ToJsonString()),
            Is.EqualTo(("private_incident.incident_created_v2", new JsonObject { ["id"] = (string)incident["id"]! }.ToJsonString())));
    }

    [Test]
    public async Task Publish_ReceiverFailsTwice_RetriedWithTheSameIdUntilDelivered()
    {
        await using var sink = await WebhookSink.StartAsync(503, 500);
        Harness.Simulator.Webhooks.AddEndpoint(Endpoint(sink));

        await Harness.CreateAsync(SimulatorHarness.Payload("hook-retry"));
        var received = await sink.WaitForAsync(3);
        await Harness.Simulator.Webhooks.WhenIdleAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(received.Select(r => r.AnsweredWith), Is.EqualTo(new[] { 503, 500, 204 }));
            Assert.That(received.Select(r => r.Id).Distinct().Count(), Is.EqualTo(1));
            Assert.That(received.All(WebhookSink.IsSignedWithSecret), Is.True);
            var delivery = Harness.Simulator.Webhooks.Deliveries.Single();
            Assert.That((delivery.Attempts, delivery.StatusCode, delivery.Delivered), Is.EqualTo((3, 204, true)));
        }
    }

    [Test]
    public async Task Publish_ReceiverAlwaysFails_GivesUpAfterTheLastRetry()
    {
        await using var sink = await WebhookSink.StartAsync(500, 500, 500);
        Harness.Simulator.Webhooks.AddEndpoint(Endpoint(sink, retries: 2));

        await Harness.CreateAsync(SimulatorHarness.Payload("hook-give-up"));
        await sink.WaitForAsync(3);
        await Harness.Simulator.Webhooks.WhenIdleAsync();

        var delivery = Harness.Simulator.Webhooks.Deliveries.Single();
        Assert.That((delivery.Attempts, delivery.StatusCode, delivery.Delivered, sink.Requests.Count), Is.EqualTo((3, 500, false, 3)));
    }

    [Test]
    public async Task Publish_NobodyListening_RetriedThenRecordedAsUndelivered()
    {
        WebhookEndpoint endpoint;
        await using (var sink = await WebhookSink.StartAsync())
        {
            endpoint = Endpoint(sink, retries: 1);
        }

        Harness.Simulator.Webhooks.AddEndpoint(endpoint);
        await Harness.CreateAsync(SimulatorHarness.Payload("hook-refused"));
        await Harness.Simulator.Webhooks.WhenIdleAsync();

        var delivery = Harness.Simulator.Webhooks.Deliveries.Single();
        Assert.That((delivery.Attempts, delivery.StatusCode, delivery.Delivered), Is.EqualTo((2, (int?)null, false)));
    }

    [Test]
    public async Task Publish_SlowReceiver_TheApiCallAnswersBeforeTheDeliveryEnds()
    {
        await using var sink = await WebhookSink.StartAsync();
        sink.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Harness.Simulator.Webhooks.AddEndpoint(Endpoint(sink));

        await Harness.CreateAsync(SimulatorHarness.Payload("hook-background"));
        var pendingWhileHeld = Harness.Simulator.Webhooks.Pending;
        sink.Gate.SetResult();
        await Harness.Simulator.Webhooks.WhenIdleAsync();

        Assert.That((pendingWhileHeld, Harness.Simulator.Webhooks.Pending, sink.Requests.Count), Is.EqualTo((1, 0, 1)));
    }

    [Test]
    public async Task Publish_StatusChanged_SendsUpdatedThenStatusUpdatedWithBothStatuses()
    {
        await using var sink = await WebhookSink.StartAsync();
        var incident = await Harness.CreateAsync(SimulatorHarness.Payload("hook-status"));
        Harness.Simulator.Webhooks.AddEndpoint(Endpoint(sink));

        await EditAsync((string)incident["id"]!, new JsonObject { ["incident_status_id"] = SeedIds.Fixing });
        var received = await sink.WaitForAsync(2);

        var statusChange = received.Single(r => r.EventType == "public_incident.incident_status_updated_v2").Json["public_incident.incident_status_updated_v2"]!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(received.Select(r => r.EventType), Is.EquivalentTo(new[] { "public_incident.incident_updated_v2", "public_incident.incident_status_updated_v2" }));
            Assert.That((string?)statusChange["previous_status"]!["id"], Is.EqualTo((string?)incident["incident_status"]!["id"]));
            Assert.That(((string?)statusChange["new_status"]!["id"], (string?)statusChange["incident"]!["id"]), Is.EqualTo((SeedIds.Fixing, (string?)incident["id"])));
        }
    }

    [Test]
    public async Task Publish_PrivateIncidentStatusChanged_SendsOnlyThePrivateUpdate()
    {
        await using var sink = await WebhookSink.StartAsync();
        var incident = await Harness.CreateAsync(SimulatorHarness.Payload("hook-private-status").With("visibility", "private"));
        Harness.Simulator.Webhooks.AddEndpoint(Endpoint(sink));

        await EditAsync((string)incident["id"]!, new JsonObject { ["incident_status_id"] = SeedIds.Fixing });
        await sink.WaitForAsync(1);
        await Harness.Simulator.Webhooks.WhenIdleAsync();

        Assert.That(sink.Requests.Select(r => r.EventType), Is.EqualTo(new[] { "private_incident.incident_updated_v2" }));
    }

    [Test]
    public async Task Publish_SameIdempotencyKeyTwice_OneEvent()
    {
        await using var sink = await WebhookSink.StartAsync();
        Harness.Simulator.Webhooks.AddEndpoint(Endpoint(sink));

        await Harness.CreateAsync(SimulatorHarness.Payload("hook-replay"));
        await Harness.CreateAsync(SimulatorHarness.Payload("hook-replay"));
        await sink.WaitForAsync(1);
        await Harness.Simulator.Webhooks.WhenIdleAsync();

        Assert.That(sink.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void Constructor_NotHttp_Throws() =>
        Assert.That(() => new WebhookEndpoint(new Uri("ftp://127.0.0.1/hook"), WebhookSink.Secret), Throws.ArgumentException);

    private async Task EditAsync(string id, JsonObject fields)
    {
        using var response = await Harness.PostAsync($"/v2/incidents/{id}/actions/edit", new JsonObject { ["incident"] = fields, ["notify_incident_channel"] = false });
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
    }

    // The sandbox's scopes may each dispose the simulator they share (mcp did, and failed with exit 3 on the way out).
    [Test]
    public async Task DisposeAsync_Twice_SecondDoesNothing()
    {
        await using var sink = await WebhookSink.StartAsync();
        Harness.Simulator.Webhooks.AddEndpoint(Endpoint(sink));
        await Harness.CreateAsync(SimulatorHarness.Payload("hook-dispose"));
        await sink.WaitForAsync(1);

        await Harness.Simulator.Webhooks.DisposeAsync();

        Assert.That(async () => await Harness.Simulator.Webhooks.DisposeAsync(), Throws.Nothing);
    }
}
