using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Workflow.Sandbox.Tests.EndToEnd;

namespace Workflow.Sandbox.Tests.Mcp;

/// <summary>`mcp --http 0 --simulate`: streamable HTTP on 127.0.0.1, one run id per client session.</summary>
[Category("EndToEnd")]
public class McpHttpEndToEndTests
{
    [Test]
    public async Task Http_TwoSessionsSameCreate_EachItsOwnIncidentRepeatsWithinASession()
    {
        using var host = BackgroundHost.Start("mcp", "--http", "0", "--simulate", "--json");
        var announcement = JsonNode.Parse(await host.ReadLineAsync() ?? "null")!;
        var url = new Uri(announcement["url"]!.GetValue<string>());
        await using var first = await ConnectAsync(url);
        await using var second = await ConnectAsync(url);
        var severity = (await first.CallToolAsync("incidentio_list_severities")).StructuredContent!.Value.GetProperty("severities")[0].GetProperty("id").GetString();
        var arguments = new Dictionary<string, object?> { ["name"] = "Same create, two agents", ["severity_id"] = severity, ["mode"] = "test" };

        var firstCreate = IncidentId(await first.CallToolAsync("incidentio_create_incident", arguments));
        var firstAgain = IncidentId(await first.CallToolAsync("incidentio_create_incident", arguments));
        var secondCreate = IncidentId(await second.CallToolAsync("incidentio_create_incident", arguments));

        Assert.That(url.ToString(), Does.Match(@"^http://127\.0\.0\.1:\d+/mcp$"));
        Assert.That(announcement["tools"]!.GetValue<int>(), Is.EqualTo((await first.ListToolsAsync()).Count));
        Assert.That(firstAgain, Is.EqualTo(firstCreate));
        Assert.That(secondCreate, Is.Not.EqualTo(firstCreate).And.Not.Null);
    }

    // 2025-11-25: the last revision with HTTP sessions (2026-07-28 removed them; such requests share the server's run id).
    private static Task<McpClient> ConnectAsync(Uri url) =>
        McpClient.CreateAsync(
            new HttpClientTransport(new HttpClientTransportOptions { Endpoint = url, TransportMode = HttpTransportMode.StreamableHttp }),
            new McpClientOptions { ProtocolVersion = "2025-11-25" });

    private static string? IncidentId(CallToolResult result) => result.StructuredContent?.GetProperty("incident").GetProperty("id").GetString();
}
