using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IncidentIo.Simulator;
using IncidentPlugin.TestSupport;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Commands;

/// <summary><c>workflow FILE --trigger-file DELIVERY.json</c>: one recorded webhook delivery, matched and run as listen would.</summary>
public class WorkflowCommandTriggerFileTests
{
    private static string Example => Path.Combine(RepoPaths.Root, "host-sandbox", "examples", "critical-incident-created.json");

    private static string Envelope(string eventType, JsonObject payload) =>
        new JsonObject { ["event_type"] = eventType, [eventType] = payload }.ToJsonString();

    private static string PublicCreated(string severity) => Envelope("public_incident.incident_created_v2", new JsonObject
    {
        ["id"] = "01FDAG4SAP5TYPT98WGR2N7W91", ["name"] = "Checkout down", ["visibility"] = "public",
        ["severity"] = new JsonObject { ["id"] = "sev", ["name"] = severity, ["rank"] = 3 },
    });

    private static Task<CliResult> RunAsync(string workflow, string delivery, params string[] more) =>
        new SandboxCli().RunAsync(["workflow", workflow, "--trigger-file", delivery, "--plugins", TestPaths.RealPlugins, "--json", .. more]);

    [Test]
    public async Task TriggerFile_PublicCriticalDelivery_RunsWithTheDeliveryAsTrigger()
    {
        using var files = new TempWorkflow("{}", "unused.json");
        var delivery = files.Add("delivery.json", PublicCreated("Critical"));

        var result = await RunAsync(Example, delivery, "--simulate");

        var json = JsonNode.Parse(result.Output)!;
        Assert.That((result.ExitCode, (bool)json["ok"]!), Is.EqualTo((0, true)), result.Output);
        Assert.That(json["steps"]!.AsArray().Select(s => ((string?)s!["id"], (bool?)s["skipped"])), Is.EqualTo(new[] { ("active", (bool?)null), ("note", true) }));
    }

    [Test]
    public async Task TriggerFile_TriggerIfFalse_NothingRanExit0()
    {
        using var files = new TempWorkflow("{}", "unused.json");
        var delivery = files.Add("delivery.json", PublicCreated("Minor"));

        var result = await RunAsync(Example, delivery, "--simulate");

        var json = JsonNode.Parse(result.Output)!;
        Assert.That((result.ExitCode, (bool)json["filtered"]!, json["steps"]!.AsArray().Count), Is.EqualTo((0, true, 0)), result.Output);
    }

    [Test]
    public async Task TriggerFile_EventTheTriggerDoesNotCover_TriggerMismatchNamingWhatItCovers()
    {
        using var files = new TempWorkflow("{}", "unused.json");
        var delivery = files.Add("delivery.json", Envelope("public_incident.incident_updated_v2", new JsonObject { ["id"] = "x" }));

        var result = await RunAsync(Example, delivery, "--simulate");

        var error = JsonNode.Parse(result.Output)!["error"]!;
        Assert.That((result.ExitCode, (string?)error["code"], (string?)error["details"]![0]!["field"]), Is.EqualTo((2, "trigger_mismatch", "/event_type")));
        Assert.That((string?)error["message"], Does.Contain("'public_incident.incident_updated_v2'")
            .And.Contain("incidentio.incident_created").And.Contain("private_incident.incident_created_v2"));
    }

    [TestCase("""{"id": "x"}""")]
    [TestCase("""{"event_type": 3}""")]
    [TestCase("not json")]
    public async Task TriggerFile_NotAnEnvelope_InvalidJsonAtEventType(string body)
    {
        using var files = new TempWorkflow("{}", "unused.json");
        var delivery = files.Add("delivery.json", body);

        var result = await RunAsync(Example, delivery, "--simulate");

        var error = JsonNode.Parse(result.Output)!["error"]!;
        Assert.That((result.ExitCode, (string?)error["code"], (string?)error["details"]![0]!["field"]), Is.EqualTo((2, "invalid_json", "/event_type")), result.Output);
    }

    [Test]
    public async Task TriggerFile_WorkflowWithoutTriggerOn_InvalidWorkflow()
    {
        using var files = new TempWorkflow("""{ "name": "manual", "steps": [ { "id": "s", "action": "incidentio.list_severities" } ] }""");
        var delivery = files.Add("delivery.json", PublicCreated("Critical"));

        var result = await RunAsync(files.Path, delivery, "--simulate");

        var error = JsonNode.Parse(result.Output)!["error"]!;
        Assert.That((result.ExitCode, (string?)error["code"], (string?)error["details"]![0]!["field"]), Is.EqualTo((2, "invalid_workflow", "/trigger/on")), result.Output);
    }

    [Test]
    public async Task TriggerFile_WithTrigger_UsageError()
    {
        var result = await new SandboxCli().RunAsync("workflow", Example, "--trigger", "{}", "--trigger-file", "x.json");

        Assert.That((result.ExitCode, result.Output), Is.EqualTo((2, "Error: --trigger and --trigger-file exclude each other")));
    }

    [Test]
    public async Task TriggerFile_PrivateDelivery_CompletedFromTheApiWithThePluginsConnection()
    {
        await using var simulator = await IncidentIo.Simulator.IncidentIoSimulator.StartAsync(new SimulatorOptions());
        using var http = new HttpClient { BaseAddress = new Uri(simulator.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SimulatorOptions.DefaultApiKey);
        using var created = await http.PostAsJsonAsync("/v2/incidents", new JsonObject
        {
            ["idempotency_key"] = "private-1", ["name"] = "Secret outage", ["visibility"] = "private", ["severity_id"] = "01HQ5SP1XPA7Z3DJ8FSSZ5AWSH",
        });
        var id = (string)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["incident"]!["id"]!;
        using var files = new TempWorkflow("{}", "unused.json");
        var delivery = files.Add("delivery.json", Envelope("private_incident.incident_created_v2", new JsonObject { ["id"] = id }));
        var keyFile = files.Add("key", SimulatorOptions.DefaultApiKey);

        var result = await RunAsync(Example, delivery, "--base-url", simulator.BaseUrl, "--api-key-file", keyFile);
        var unknown = files.Add("unknown.json", Envelope("private_incident.incident_created_v2", new JsonObject { ["id"] = "01HQ00000000000000000000ZZ" }));
        var missing = await RunAsync(Example, unknown, "--base-url", simulator.BaseUrl, "--api-key-file", keyFile);

        using (Assert.EnterMultipleScope())
        {
            // trigger.if read the severity from the completed incident, so the steps ran.
            Assert.That((result.ExitCode, JsonNode.Parse(result.Output)!["steps"]!.AsArray().Count), Is.EqualTo((0, 2)), result.Output);
            Assert.That((missing.ExitCode, (string?)JsonNode.Parse(missing.Output)!["error"]!["code"]), Is.EqualTo((1, "not_found")), missing.Output);
        }
    }
}
