using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IncidentPlugin.TestSupport;

namespace Workflow.Sandbox.Tests.EndToEnd;

/// <summary>
/// Webhooks end to end, as a user runs them: the host as its own process, incidents declared over HTTP on the simulator,
/// the simulator's signed deliveries received by <c>listen</c>, the example workflow run once per delivery.
/// </summary>
[Category("EndToEnd")]
public class ListenSimulateEndToEndTests
{
    private const string CriticalId = "01HQ5SP1XPA7Z3DJ8FSSZ5AWSH";
    private const string MinorId = "01HQ5SVMXXQKFBF5KZNWJ47TAN";

    private static string Example => Path.Combine(RepoPaths.Root, "host-sandbox", "examples", "critical-incident-created.json");

    [Test]
    public async Task ListenSimulate_CriticalIncidentDeclared_TheExampleRunsOnceAndNotesTheOtherLiveIncident()
    {
        using var host = BackgroundHost.Start("listen", Example, "--simulate", "--json", "--port", "0");
        var ready = await ReadJsonAsync(host);
        var simulator = (string)ready["simulator_url"]!;

        await DeclareAsync(simulator, "minor-first", MinorId, "public");
        var filtered = await ReadJsonAsync(host);
        var critical = await DeclareAsync(simulator, "critical", CriticalId, "public");
        var run = await ReadJsonAsync(host);
        var stored = await GetIncidentAsync(simulator, (string)critical["id"]!);
        var (exitCode, rest) = await host.TerminateAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)ready["url"], Does.Match(@"^http://127\.0\.0\.1:\d+/webhooks/incidentio$"));
            Assert.That(ready["workflows"]!.ToJsonString(), Is.EqualTo("[\"critical-incident-created\"]"));
            Assert.That((bool)filtered["filtered"]!, Is.True, filtered.ToJsonString());
            Assert.That(((string?)run["event_type"], (bool)run["ok"]!, (bool)run["filtered"]!), Is.EqualTo(("public_incident.incident_created_v2", true, false)), run.ToJsonString());
            Assert.That((string?)run["run_id"], Is.EqualTo($"wh-{(string)run["webhook_id"]!}-critical-incident-created"));
            Assert.That(run["steps"]!.AsArray().Select(s => ((string?)s!["id"], (bool?)s["ok"])), Is.EqualTo(new[] { ("active", (bool?)true), ("note", true) }));
            Assert.That((string?)stored["summary"], Is.EqualTo("Declared while 1 other incident(s) were live."));
            Assert.That(exitCode, Is.Zero);
            // The note's own edit sends incident_updated, which no listed workflow takes: no second run.
            Assert.That(rest.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.Empty, rest);
        }
    }

    [Test]
    public async Task ListenSimulate_PrivateIncident_CompletedFromTheApiThenRun()
    {
        using var host = BackgroundHost.Start("listen", Example, "--simulate", "--json", "--port", "0");
        var simulator = (string)(await ReadJsonAsync(host))["simulator_url"]!;

        await DeclareAsync(simulator, "private-critical", CriticalId, "private");
        var run = await ReadJsonAsync(host);

        Assert.That(((string?)run["event_type"], (bool)run["ok"]!, (bool)run["filtered"]!), Is.EqualTo(("private_incident.incident_created_v2", true, false)), run.ToJsonString());
    }

    [Test]
    public async Task ListenSimulate_AlertFired_WorkflowOnAlertCreatedRunsWithTheAlert()
    {
        using var workflow = new Support.TempWorkflow("""
            { "name": "Alert fired", "trigger": { "on": "incidentio.alert_created", "if": "trigger.alert.status == \"firing\"" },
              "steps": [ { "id": "alert", "action": "incidentio.get_alert", "input": { "alert_id": "{{ trigger.alert.id }}" } } ] }
            """, "alert-fired.json");
        using var host = BackgroundHost.Start("listen", workflow.Path, "--simulate", "--json", "--port", "0");
        var simulator = (string)(await ReadJsonAsync(host))["simulator_url"]!;

        using var http = new HttpClient { BaseAddress = new Uri(simulator) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sim_alert_source_token");
        using var sent = await http.PostAsJsonAsync("/v2/alert_events/http/01JD9Q0C8N5W2KX3R7T4V6Y8ZA", new JsonObject
        {
            ["title"] = "Disk full on db-1", ["status"] = "firing", ["deduplication_key"] = "disk-db-1",
        });
        var run = await ReadJsonAsync(host);

        Assert.That((int)sent.StatusCode, Is.EqualTo(202));
        Assert.That(((string?)run["event_type"], (bool)run["ok"]!, (bool)run["filtered"]!), Is.EqualTo(("public_alert.alert_created_v1", true, false)), run.ToJsonString());
        Assert.That((string?)run["steps"]![0]!["output"]!["alert"]!["title"], Is.EqualTo("Disk full on db-1"), run.ToJsonString());
    }

    [Test]
    public async Task ListenSimulate_FollowUpOfPrivateIncident_CompletedFromTheApiThenRun()
    {
        using var workflow = new Support.TempWorkflow("""
            { "name": "Follow-up created", "trigger": { "on": "incidentio.follow_up_created" },
              "steps": [ { "id": "siblings", "action": "incidentio.list_follow_ups", "input": { "incident_id": "{{ trigger.follow_up.incident_id }}" } } ] }
            """, "follow-up-created.json");
        using var host = BackgroundHost.Start("listen", workflow.Path, "--simulate", "--json", "--port", "0");
        var simulator = (string)(await ReadJsonAsync(host))["simulator_url"]!;
        var incident = await DeclareAsync(simulator, "private-follow-up", MinorId, "private");

        using var http = Client(simulator);
        using var created = await http.PostAsJsonAsync("/v2/follow_ups", new JsonObject { ["incident_id"] = (string)incident["id"]!, ["title"] = "Add a disk alert" });
        var run = await ReadJsonAsync(host);

        Assert.That((int)created.StatusCode, Is.EqualTo(201));
        Assert.That(((string?)run["event_type"], (bool)run["ok"]!), Is.EqualTo(("private_incident.follow_up_created_v2", true)), run.ToJsonString());
        Assert.That(run["steps"]![0]!["output"]!["follow_ups"]!.AsArray().Select(f => (string?)f!["title"]).Single(), Is.EqualTo("Add a disk alert"), run.ToJsonString());
    }

    [Test]
    public async Task Simulate_WebhookUrl_DeliversToASeparateListener()
    {
        var secretFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(secretFile, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n");
        try
        {
            using var simulatorHost = BackgroundHost.Start("simulate", "--json");
            var simulator = (string)(await ReadJsonAsync(simulatorHost))["base_url"]!;
            var environment = new Dictionary<string, string?> { ["INCIDENTIO_API_KEY"] = "sim_local_key" };
            using var listener = BackgroundHost.Start(environment, "listen", Example, "--base-url", simulator, "--webhook-secret-file", secretFile, "--json", "--port", "0");
            var listenUrl = (string)(await ReadJsonAsync(listener))["url"]!;
            using var linked = BackgroundHost.Start("simulate", "--json", "--webhook-url", listenUrl, "--webhook-secret-file", secretFile);
            var linkedSimulator = JsonNode.Parse(await linked.ReadLineAsync() ?? "null")!;

            await DeclareAsync((string)linkedSimulator["base_url"]!, "linked", CriticalId, "public");
            var run = await ReadJsonAsync(listener);

            // The steps ran against the first simulator (--base-url); the delivery came from the second one.
            Assert.That(((string?)linkedSimulator["webhook_url"], (bool)run["ok"]!, (bool)run["filtered"]!), Is.EqualTo((listenUrl, true, false)), run.ToJsonString());
            Assert.That(linkedSimulator.ToJsonString(), Does.Not.Contain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        }
        finally
        {
            File.Delete(secretFile);
        }
    }

    private static async Task<JsonObject> ReadJsonAsync(BackgroundHost host)
    {
        var line = await host.ReadLineAsync();
        Assert.That(line, Is.Not.Null, "the host ended early");
        return JsonNode.Parse(line!)!.AsObject();
    }

    private static async Task<JsonObject> DeclareAsync(string simulator, string key, string severityId, string visibility)
    {
        using var http = Client(simulator);
        using var response = await http.PostAsJsonAsync("/v2/incidents", new JsonObject
        {
            ["idempotency_key"] = key, ["name"] = $"Incident {key}", ["severity_id"] = severityId, ["visibility"] = visibility,
        });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That((int)response.StatusCode, Is.EqualTo(200), body.ToJsonString());
        return body["incident"]!.AsObject();
    }

    private static async Task<JsonObject> GetIncidentAsync(string simulator, string id)
    {
        using var http = Client(simulator);
        return JsonNode.Parse(await http.GetStringAsync(new Uri($"/v2/incidents/{id}", UriKind.Relative)))!["incident"]!.AsObject();
    }

    private static HttpClient Client(string simulator)
    {
        var http = new HttpClient { BaseAddress = new Uri(simulator) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sim_local_key");
        return http;
    }
}
