using System.Text.Json.Nodes;
using IncidentIo.Simulator;
using Workflow.Sandbox.Tests.EndToEnd;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Reliability;

/// <summary>
/// R4, proxies: the published host as its own process (.NET reads the proxy environment once per process) with
/// HTTP_PROXY, HTTPS_PROXY and ALL_PROXY pointing at a <see cref="RecordingProxy"/>. A loopback base_url bypasses the
/// proxy; an https base_url shows the proxy a CONNECT and a TLS ClientHello, never the key; a plain-http base_url to
/// another host is refused before any byte is sent.
/// </summary>
[Category("EndToEnd")]
[Category("IncidentIoPlugin")]
[NonParallelizable]
public sealed class ProxyContainmentTests
{
    private const string Key = "inc-R4-PROXY-CANARY-5e8d21b7c94a";
    private const string KeyTail = "b7c94a";
    private const string PostInput = """{"method":"POST","path":"/v1/identity"}""";
    private IncidentIoSimulator _simulator = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _simulator = await IncidentIoSimulator.StartAsync(new SimulatorOptions { ApiKey = Key });

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }

    [TestCase("127.0.0.1")]
    [TestCase("localhost")]
    public async Task TestConnection_LoopbackBaseUrlWithProxyEnvironment_GoesDirectlyAndWorks(string host)
    {
        await using var proxy = new RecordingProxy();

        var result = await HostProcess.RunAsync(ProxyEnvironment(proxy), "test-connection", "--base-url", $"http://{host}:{_simulator.Port}");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(proxy.Connections, Is.Zero, proxy.ReceivedText);
            Assert.That(result.All, Does.Not.Contain(KeyTail));
        });
    }

    [Test]
    public async Task Run_HttpsBaseUrlThroughProxy_ProxySeesOnlyConnectAndTlsClientHello()
    {
        await using var proxy = new RecordingProxy();

        // POST is not retried: one attempt, so the test takes well under a second.
        var result = await HostProcess.RunAsync(ProxyEnvironment(proxy),
            "run", "incidentio.call_api", "--input", PostInput, "--base-url", "https://api.incident.io", "--json", "--verbose");

        var received = proxy.ReceivedText;
        await TestContext.Out.WriteLineAsync($"proxy: {proxy.Connections} connection(s), {received.Length} bytes; head: {received.Split("\r\n\r\n")[0]}; "
            + $"tunnel records: {string.Join(", ", proxy.TunnelRecords.Select(r => $"type 0x{r[0]:x2}, {r.Length} bytes"))}");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(JsonNode.Parse(result.StandardOutput)!["error"]!["code"]!.GetValue<string>(), Is.EqualTo("network"), result.ToString());
            Assert.That(proxy.Connections, Is.EqualTo(1), received);
            Assert.That(received, Does.StartWith("CONNECT api.incident.io:443 HTTP/1.1\r\n"));
            Assert.That(proxy.TunnelRecords.Select(r => r[0]), Is.EqualTo(new byte[] { 0x16 }), "one TLS handshake record through the tunnel");
            Assert.That(received, Does.Not.Contain(KeyTail).And.Not.Contain("Authorization").IgnoreCase.And.Not.Contain("Bearer"));
            Assert.That(result.All, Does.Not.Contain(KeyTail));
        });
    }

    [Test]
    public async Task Run_HttpBaseUrlToAnotherHost_RefusedBeforeAnyByteIsSent()
    {
        await using var proxy = new RecordingProxy();

        var json = await HostProcess.RunAsync(ProxyEnvironment(proxy),
            "run", "incidentio.call_api", "--input", PostInput, "--base-url", "http://api.incident.io", "--json", "--verbose");
        var text = await HostProcess.RunAsync(ProxyEnvironment(proxy), "run", "incidentio.list_severities", "--base-url", "http://example.com");

        var error = JsonNode.Parse(json.StandardOutput)!["error"]!;
        Assert.Multiple(() =>
        {
            Assert.That(json.ExitCode, Is.EqualTo(1), json.ToString());
            Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("configuration"));
            Assert.That(error["message"]!.GetValue<string>(), Does.StartWith("base_url http://api.incident.io uses plain http"));
            Assert.That(text.ExitCode, Is.EqualTo(1), text.ToString());
            Assert.That(text.StandardOutput, Does.Contain("the API key would cross the network in clear text; use https"));
            Assert.That(proxy.Connections, Is.Zero, proxy.ReceivedText);
            Assert.That(json.All + text.All, Does.Not.Contain(KeyTail));
        });
    }

    [Test]
    public async Task TestConnection_HttpBaseUrlToAnotherHost_PrintsTheRefusal()
    {
        await using var proxy = new RecordingProxy();

        var result = await HostProcess.RunAsync(ProxyEnvironment(proxy), "test-connection", "--base-url", "http://example.com:8080");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(result.StandardOutput, Does.Contain("base_url http://example.com:8080 uses plain http")
                .And.Contain("the API key would cross the network in clear text; use https"));
            Assert.That(proxy.Connections, Is.Zero, proxy.ReceivedText);
            Assert.That(result.All, Does.Not.Contain(KeyTail));
        });
    }

    // The upper-case names the issue asks about; lower-case ones (which .NET reads first) and NO_PROXY are removed.
    private static Dictionary<string, string?> ProxyEnvironment(RecordingProxy proxy) => new()
    {
        ["INCIDENTIO_API_KEY"] = Key,
        ["HTTP_PROXY"] = proxy.Url,
        ["HTTPS_PROXY"] = proxy.Url,
        ["ALL_PROXY"] = proxy.Url,
        ["http_proxy"] = null,
        ["https_proxy"] = null,
        ["all_proxy"] = null,
        ["NO_PROXY"] = null,
        ["no_proxy"] = null,
    };
}
