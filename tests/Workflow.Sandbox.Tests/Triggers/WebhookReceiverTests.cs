using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Workflow.Hosting.Triggers;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Triggers;

/// <summary>The receiver over real HTTP: signatures, duplicates, unknown events, bad bodies, private events, if.</summary>
public class WebhookReceiverTests
{
    private const string IncidentCreatedWorkflow = """
        { "name": "On critical", "trigger": { "on": "incidentio.incident_created", "if": "trigger.incident.severity.name == \"Critical\"" },
          "steps": [
            { "id": "active", "action": "incidentio.list_incidents", "input": { "status_category": { "one_of": ["live"] }, "page_size": 5 } },
            { "id": "never", "action": "incidentio.list_severities", "if": "steps.active.output.incidents | array.size < 0" } ] }
        """;

    private static string PublicCreated(string severity = "Critical", string id = "01FDAG4SAP5TYPT98WGR2N7W91") => new JsonObject
    {
        ["event_type"] = "public_incident.incident_created_v2",
        ["public_incident.incident_created_v2"] = new JsonObject
        {
            ["id"] = id, ["name"] = "Checkout down", ["reference"] = "INC-1", ["visibility"] = "public",
            ["severity"] = new JsonObject { ["id"] = "sev", ["name"] = severity, ["rank"] = 1 },
        },
    }.ToJsonString();

    private static Task<ListenerHarness> StartAsync() =>
        ListenerHarness.StartAsync(new Dictionary<string, string> { ["critical"] = IncidentCreatedWorkflow });

    [Test]
    public async Task Post_ValidSignature_AcceptedAndTheWorkflowRunsWithStepIf()
    {
        await using var listener = await StartAsync();

        using var response = await listener.PostAsync(PublicCreated(), "msg_valid");
        var runs = await listener.WaitForRunsAsync(1);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(runs, Has.Count.EqualTo(1));
        var run = runs[0];
        Assert.That((run.Ok, run.RunId, run.Result!.Steps.Count, run.Result.Steps[1].Skipped, run.Result.Steps[0].Skipped),
            Is.EqualTo((true, "wh-msg_valid-critical", 2, true, false)));
    }

    [Test]
    public async Task Post_TriggerIfFalse_AcknowledgedAndNotRun()
    {
        await using var listener = await StartAsync();

        using var response = await listener.PostAsync(PublicCreated(severity: "Minor"), "msg_minor");
        var runs = await listener.WaitForRunsAsync(1);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(runs.Select(r => (r.Filtered, r.Result)), Is.EqualTo(new[] { (true, (Workflow.Hosting.Workflows.WorkflowRunResult?)null) }));
    }

    [Test]
    public async Task Post_WrongSecret_401AndNoRun()
    {
        await using var listener = await StartAsync();

        using var response = await listener.PostAsync(PublicCreated(), "msg_wrong", secret: "whsec_" + Convert.ToBase64String(new byte[24]));
        await Task.Delay(200);

        Assert.That((response.StatusCode, listener.Runs.Count, listener.Store.Pending().Count), Is.EqualTo((HttpStatusCode.Unauthorized, 0, 0)));
    }

    [Test]
    public async Task Post_TamperedBody_401()
    {
        await using var listener = await StartAsync();
        var headers = ListenerHarness.SignedHeaders(PublicCreated(), "msg_tampered", ListenerHarness.Secret, DateTimeOffset.UtcNow);

        using var response = await listener.PostRawAsync(PublicCreated(severity: "Critical "), headers);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [TestCase(-6, HttpStatusCode.Unauthorized)]
    [TestCase(6, HttpStatusCode.Unauthorized)]
    [TestCase(-4, HttpStatusCode.Accepted)]
    [TestCase(4, HttpStatusCode.Accepted)]
    public async Task Post_TimestampMinutesAway_RefusedBeyondFiveMinutes(int minutes, HttpStatusCode expected)
    {
        await using var listener = await StartAsync();

        using var response = await listener.PostAsync(PublicCreated(), $"msg_time_{minutes}", timestamp: DateTimeOffset.UtcNow.AddMinutes(minutes));

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [Test]
    public async Task Post_RotatedSecrets_ValidWhenAnySignatureMatches()
    {
        await using var listener = await StartAsync();
        var body = PublicCreated();
        var headers = ListenerHarness.SignedHeaders(body, "msg_rotated", ListenerHarness.Secret, DateTimeOffset.UtcNow);
        var old = ListenerHarness.Signature("whsec_" + Convert.ToBase64String(new byte[32]), "msg_rotated", headers["webhook-timestamp"], body);
        headers["webhook-signature"] = $"{old} {headers["webhook-signature"]}";

        using var response = await listener.PostRawAsync(body, headers);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
    }

    [TestCase("webhook-id")]
    [TestCase("webhook-timestamp")]
    [TestCase("webhook-signature")]
    public async Task Post_MissingHeader_401(string header)
    {
        await using var listener = await StartAsync();
        var headers = ListenerHarness.SignedHeaders(PublicCreated(), "msg_missing", ListenerHarness.Secret, DateTimeOffset.UtcNow);
        headers.Remove(header);

        using var response = await listener.PostRawAsync(PublicCreated(), headers);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Post_SameWebhookIdTwice_SecondAcknowledgedAsDuplicateAndRunOnce()
    {
        await using var listener = await StartAsync();

        using var first = await listener.PostAsync(PublicCreated(), "msg_twice");
        using var second = await listener.PostAsync(PublicCreated(), "msg_twice");
        await listener.WaitForRunsAsync(1);
        await Task.Delay(300);

        Assert.That((first.StatusCode, second.StatusCode, listener.Runs.Count), Is.EqualTo((HttpStatusCode.Accepted, HttpStatusCode.OK, 1)));
        Assert.That((await second.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>(), Is.EqualTo("duplicate"));
    }

    [Test]
    public async Task Post_UnknownEventType_200IgnoredAndNoRun()
    {
        await using var listener = await StartAsync();

        using var response = await listener.PostAsync("""{"event_type":"public_incident.something_new_v9","public_incident.something_new_v9":{}}""", "msg_unknown");
        await Task.Delay(200);

        Assert.That((response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>(), listener.Runs.Count, listener.Store.Pending().Count),
            Is.EqualTo((HttpStatusCode.OK, "ignored", 0, 0)));
    }

    [TestCase("{not json")]
    [TestCase("[1,2]")]
    [TestCase("""{"event_type": 3}""")]
    public async Task Post_ValidSignatureMalformedBody_400(string body)
    {
        await using var listener = await StartAsync();

        using var response = await listener.PostAsync(body, "msg_bad");
        await Task.Delay(200);

        Assert.That((response.StatusCode, listener.Runs.Count, listener.Store.Pending().Count), Is.EqualTo((HttpStatusCode.BadRequest, 0, 0)));
    }

    [Test]
    public async Task Post_RepeatedPropertyName_400InvalidJsonAndNotAccepted()
    {
        await using var listener = await StartAsync();
        const string body = """{"event_type":"public_incident.incident_created_v2","event_type":"public_incident.incident_updated_v2"}""";

        using var response = await listener.PostAsync(body, "msg_repeated");

        Assert.That((response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>(), listener.Store.Pending().Count),
            Is.EqualTo((HttpStatusCode.BadRequest, "invalid_json", 0)));
    }

    [Test]
    public async Task Post_StoreCannotRecord_503NotRecordedAndNoRun()
    {
        await using var listener = await ListenerHarness.StartAsync(new Dictionary<string, string> { ["critical"] = IncidentCreatedWorkflow }, new UnwritableStore());

        using var response = await listener.PostAsync(PublicCreated(), "msg_disk_full");
        await Task.Delay(200);

        Assert.That((response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>(), listener.Runs.Count),
            Is.EqualTo((HttpStatusCode.ServiceUnavailable, "not_recorded", 0)));
    }

    [Test]
    public async Task Post_PrivateEvent_CompletedFromTheApiWithThePluginsConnection()
    {
        await using var listener = await ListenerHarness.StartAsync(new Dictionary<string, string>
        {
            ["any"] = """{ "name": "Any", "trigger": { "on": "incidentio.incident_created" }, "steps": [ { "id": "sev", "action": "incidentio.list_severities" } ] }""",
        });
        var id = await CreateIncidentAsync(listener, "private");
        var body = new JsonObject { ["event_type"] = "private_incident.incident_created_v2", ["private_incident.incident_created_v2"] = new JsonObject { ["id"] = id } };

        using var response = await listener.PostAsync(body.ToJsonString(), "msg_private");
        var runs = await listener.WaitForRunsAsync(1);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(runs.Single().Ok, Is.True, () => runs.Single().Error?.Message ?? "");
    }

    private static async Task<string> CreateIncidentAsync(ListenerHarness listener, string visibility)
    {
        using var severitiesRequest = new HttpRequestMessage(HttpMethod.Get, listener.SimulatorUrl + "/v1/severities");
        severitiesRequest.Headers.Authorization = new("Bearer", listener.ApiKey);
        using var severities = await ListenerHarness.Http.SendAsync(severitiesRequest);
        var severityId = (await severities.Content.ReadFromJsonAsync<JsonObject>())!["severities"]![0]!["id"]!.GetValue<string>();
        using var request = new HttpRequestMessage(HttpMethod.Post, listener.SimulatorUrl + "/v2/incidents")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["idempotency_key"] = Guid.NewGuid().ToString(), ["name"] = "Private thing", ["visibility"] = visibility, ["mode"] = "standard", ["severity_id"] = severityId,
            }),
        };
        request.Headers.Authorization = new("Bearer", listener.ApiKey);
        using var response = await ListenerHarness.Http.SendAsync(request);
        var created = await response.Content.ReadFromJsonAsync<JsonObject>();
        return created?["incident"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException($"create failed: {response.StatusCode} {created}");
    }

    // A durable store whose disk refuses every write (SQLITE_IOERR), as a full or failing disk would.
    private sealed class UnwritableStore : IDeliveryStore
    {
        public ValueTask<bool> TryAcceptAsync(AcceptedDelivery delivery) => ValueTask.FromException<bool>(new Microsoft.Data.Sqlite.SqliteException("disk I/O error", 10));

        public bool HasRun(string webhookId, string workflowKey) => false;

        public ValueTask RecordRunAsync(string webhookId, string workflowKey) => ValueTask.CompletedTask;

        public ValueTask CompleteAsync(string webhookId) => ValueTask.CompletedTask;

        public DateTimeOffset? Watermark(string triggerId) => null;

        public ValueTask SetWatermarkAsync(string triggerId, DateTimeOffset watermark) => ValueTask.CompletedTask;

        public IReadOnlyList<AcceptedDelivery> Pending() => [];

        public void Dispose()
        {
        }
    }
}
