using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using Workflow.Sandbox.Tests.EndToEnd;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Mcp;

/// <summary>The API key never reaches an agent: not in a tool result, a resource, an error, or the host's logs.</summary>
[Category("EndToEnd")]
public class McpSecretsEndToEndTests
{
    private const string Canary = "canary-key-7f3c2a9e41d8";

    [Test]
    public async Task Mcp_CanaryKeyAgainstSimulator_NeverInAnyMessageOrLog()
    {
        using var simulator = BackgroundHost.Start("simulate", "--json", "--api-key", Canary);
        var baseUrl = JsonNode.Parse(await simulator.ReadLineAsync() ?? "null")!["base_url"]!.GetValue<string>();
        await using var host = await McpHostClient.StartAsync(new Dictionary<string, string> { ["INCIDENTIO_API_KEY"] = Canary }, "--base-url", baseUrl, "--verbose");
        var client = host.Client;
        var seen = new List<string>();

        seen.Add(JsonSerializer.Serialize((await client.ListToolsAsync()).Select(t => t.ProtocolTool)));
        var severities = await client.CallToolAsync("incidentio_list_severities");
        seen.Add(JsonSerializer.Serialize(severities));
        seen.Add(JsonSerializer.Serialize(await client.CallToolAsync("incidentio_test_connection")));
        seen.Add(JsonSerializer.Serialize(await client.CallToolAsync("incidentio_get_incident", new Dictionary<string, object?> { ["incident_id"] = "01FDAG4SAP5TYPT98WGR2N7W91" })));
        seen.Add(JsonSerializer.Serialize(await client.CallToolAsync("incidentio_call_api", new Dictionary<string, object?> { ["method"] = "GET", ["path"] = "/v1/identity" })));
        seen.Add(JsonSerializer.Serialize(await client.CallToolAsync("incidentio_create_incident", new Dictionary<string, object?> { ["visibility"] = Canary })));
        seen.Add(JsonSerializer.Serialize(await client.ReadResourceAsync("options://incidentio.create_incident/severity_id")));

        Assert.That(severities.IsError, Is.Not.True, "the key must have been used and accepted");
        Assert.That(seen, Has.All.Not.Contain(Canary));
        Assert.That(host.StandardError, Does.Not.Contain(Canary).And.Contain("incidentio.list_severities"), "the verbose logs name the actions run");
    }

    [Test]
    public async Task Mcp_PluginCopiesItsKeyIntoErrorAndLog_MaskedInBoth()
    {
        await using var host = await McpHostClient.StartAsync(
            new Dictionary<string, string> { ["SAMPLE_API_KEY"] = Canary }, "--plugins", TestPaths.FixturePlugins, "--verbose");

        var result = await host.Client.CallToolAsync("sample_leak");

        var all = JsonSerializer.Serialize(result);
        Assert.That(result.IsError, Is.True);
        Assert.That(all, Does.Not.Contain(Canary).And.Contain("The key ******** was rejected"));
        Assert.That(string.Join('\n', result.Content.OfType<TextContentBlock>().Select(c => c.Text)), Does.Contain("- api_key: value ******** is wrong"));
        Assert.That(host.StandardError, Does.Not.Contain(Canary).And.Contain("calling with key ********"));
    }
}
