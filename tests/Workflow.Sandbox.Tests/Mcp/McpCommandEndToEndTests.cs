using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Workflow.Hosting.Validation;

namespace Workflow.Sandbox.Tests.Mcp;

/// <summary>`mcp --simulate` as an agent's client starts it: the published host as a child process, the SDK's client on its stdio.</summary>
[Category("EndToEnd")]
public class McpCommandEndToEndTests
{
    private static readonly string[] InvalidFields = ["/visibility", "/severity_id", "/colour"];
    private McpHostClient _host = null!;

    private McpClient Client => _host.Client;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await McpHostClient.StartAsync(new Dictionary<string, string>(), "--simulate");

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task ToolsList_EveryAction_WithSchemasAndAnnotations()
    {
        var tools = (await Client.ListToolsAsync()).Select(t => t.ProtocolTool).ToDictionary(t => t.Name);

        Assert.That(tools.Keys, Is.EquivalentTo(RealCatalog.Instance.Actions.Select(a => a.Id.Replace('.', '_'))));
        Assert.Multiple(() =>
        {
            foreach (var action in RealCatalog.Instance.Actions)
            {
                var tool = tools[action.Id.Replace('.', '_')];
                Assert.That(tool.Title, Is.EqualTo(action.Manifest.Title), action.Id);
                Assert.That(tool.Description, Is.EqualTo(action.Manifest.Description), action.Id);
                Assert.That(tool.InputSchema.GetProperty("type").GetString(), Is.EqualTo("object"), action.Id);
                // The manifest's output schema with the plugin's shared definitions bundled in (SchemaBundle).
                Assert.That(JsonNode.DeepEquals(JsonSerializer.SerializeToNode(tool.OutputSchema), SchemaBundle.Of(action.Manifest.Output.AsObject(), action.Definition.Shared)), Is.True, action.Id);
                Assert.That((tool.Annotations?.ReadOnlyHint, tool.Annotations?.DestructiveHint, tool.Annotations?.IdempotentHint, tool.Annotations?.OpenWorldHint),
                    Is.EqualTo(((bool?)action.Manifest.Annotations.ReadOnly, (bool?)action.Manifest.Annotations.Destructive, (bool?)action.Manifest.Annotations.Idempotent, (bool?)true)), action.Id);
            }
        });
        Assert.That(tools["incidentio_create_incident"].InputSchema.GetProperty("properties").GetProperty("severity_id").GetProperty("description").GetString(),
            Does.Contain("`incidentio_list_severities`"));
    }

    [Test]
    public async Task CallTool_CreateOnSimulator_IncidentAsStructuredContentMatchingTheOutputSchema()
    {
        var severity = await FirstSeverityIdAsync();
        var tools = (await Client.ListToolsAsync()).ToDictionary(t => t.Name);

        var result = await Client.CallToolAsync("incidentio_create_incident", new Dictionary<string, object?>
        {
            ["name"] = "Disk full on db-1 (mcp)", ["severity_id"] = severity, ["visibility"] = "public", ["mode"] = "test",
        });

        Assert.That(result.IsError, Is.Not.True, Text(result));
        var incident = result.StructuredContent!.Value.GetProperty("incident");
        Assert.That(incident.GetProperty("name").GetString(), Is.EqualTo("Disk full on db-1 (mcp)"));
        Assert.That(incident.GetProperty("severity").GetProperty("id").GetString(), Is.EqualTo(severity));
        var outputSchema = JsonSchema.FromText(tools["incidentio_create_incident"].ProtocolTool.OutputSchema!.Value.GetRawText());
        Assert.That(outputSchema.Evaluate(JsonNode.Parse(result.StructuredContent.Value.GetRawText())).IsValid, Is.True);
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(Text(result)), JsonNode.Parse(result.StructuredContent.Value.GetRawText())), Is.True);
    }

    [Test]
    public async Task CallTool_SameCreateTwiceInOneSession_SameIncident()
    {
        var arguments = new Dictionary<string, object?> { ["name"] = "Repeated create", ["severity_id"] = await FirstSeverityIdAsync(), ["mode"] = "test" };
        var reordered = new Dictionary<string, object?> { ["mode"] = "test", ["severity_id"] = arguments["severity_id"], ["name"] = "Repeated create" };
        var other = new Dictionary<string, object?>(arguments) { ["name"] = "Another create" };

        var first = await Client.CallToolAsync("incidentio_create_incident", arguments);
        var second = await Client.CallToolAsync("incidentio_create_incident", reordered);
        var third = await Client.CallToolAsync("incidentio_create_incident", other);

        Assert.That(IncidentId(second), Is.EqualTo(IncidentId(first)), Text(second));
        Assert.That(IncidentId(third), Is.Not.EqualTo(IncidentId(first)), Text(third));
    }

    [Test]
    public async Task CallTool_InvalidInput_IsErrorWithOneProblemPerDefect()
    {
        var result = await Client.CallToolAsync("incidentio_create_incident", new Dictionary<string, object?>
        {
            ["visibility"] = "secret", ["severity_id"] = "", ["colour"] = "red",
        });

        Assert.That(result.IsError, Is.True);
        var error = result.StructuredContent!.Value.GetProperty("error");
        Assert.That(error.GetProperty("code").GetString(), Is.EqualTo("validation_failed"));
        Assert.That(error.GetProperty("retryable").GetBoolean(), Is.False);
        var fields = error.GetProperty("details").EnumerateArray().Select(d => d.GetProperty("field").GetString()).ToList();
        Assert.That(fields, Is.EquivalentTo(InvalidFields));
        Assert.That(Text(result), Does.StartWith("validation_failed: The input does not match the input schema of incidentio.create_incident (3 problems).")
            .And.Contain("\n- /colour: 'colour' is not an allowed property."));
    }

    [Test]
    public async Task CallTool_ActionError_IsErrorWithCodeHintAndHttpStatus()
    {
        var result = await Client.CallToolAsync("incidentio_get_incident", new Dictionary<string, object?> { ["incident_id"] = "01FDAG4SAP5TYPT98WGR2N7W91" });

        Assert.That(result.IsError, Is.True);
        var error = result.StructuredContent!.Value.GetProperty("error");
        Assert.That((error.GetProperty("code").GetString(), error.GetProperty("http_status").GetInt32()), Is.EqualTo(("not_found", 404)), Text(result));
    }

    [Test]
    public async Task CallTool_UnknownTool_ProtocolError()
    {
        var error = await Assert.ThrowsAsync<McpProtocolException>(async () => await Client.CallToolAsync("incidentio.list_severities"));

        Assert.That(error!.Message, Does.Contain("Unknown tool 'incidentio.list_severities'"));
    }

    [Test]
    public async Task ReadResource_SeverityOptions_SimulatorSeveritiesInRankOrder()
    {
        var severities = (await Client.CallToolAsync("incidentio_list_severities")).StructuredContent!.Value.GetProperty("severities").EnumerateArray()
            .OrderBy(s => s.GetProperty("rank").GetInt32()).Select(s => (s.GetProperty("id").GetString(), s.GetProperty("name").GetString())).ToList();

        var read = await Client.ReadResourceAsync("options://incidentio.create_incident/severity_id");

        var contents = (TextResourceContents)read.Contents.Single();
        Assert.That(contents.MimeType, Is.EqualTo("application/json"));
        var options = JsonNode.Parse(contents.Text)!.AsArray().Select(o => ((string?)o!["value"], (string?)o["label"])).ToList();
        Assert.That(options, Is.EqualTo(severities).And.Count.GreaterThanOrEqualTo(2));
    }

    [Test]
    public async Task ListResourceTemplates_OnePerDynamicInput()
    {
        var templates = (await Client.ListResourceTemplatesAsync()).Select(t => t.UriTemplate).ToList();
        var dynamicInputs = RealCatalog.Instance.Actions.SelectMany(a => ((JsonObject)a.Manifest.Input["properties"]!)
            .Where(p => p.Value?["x-ui"]?["dynamicOptions"] is not null).Select(p => $"options://{a.Id}/{p.Key}")).ToList();

        Assert.That(templates.Select(t => t.Split('{')[0]), Is.EquivalentTo(dynamicInputs));
        Assert.That(templates, Does.Contain("options://incidentio.update_incident/incident_status_id"));
    }

    [Test]
    public async Task ReadResource_UnknownInput_ProtocolErrorNamingTheInputs()
    {
        var error = await Assert.ThrowsAsync<McpProtocolException>(async () => await Client.ReadResourceAsync("options://incidentio.create_incident/colour"));

        Assert.That(error!.Message, Does.Contain("has no input 'colour'").And.Contain("severity_id"));
    }

    private async Task<string> FirstSeverityIdAsync() =>
        (await Client.CallToolAsync("incidentio_list_severities")).StructuredContent!.Value.GetProperty("severities")[0].GetProperty("id").GetString()!;

    private static string? IncidentId(CallToolResult result) => result.StructuredContent?.GetProperty("incident").GetProperty("id").GetString();

    private static string Text(CallToolResult result) => string.Join('\n', result.Content.OfType<TextContentBlock>().Select(c => c.Text));
}
