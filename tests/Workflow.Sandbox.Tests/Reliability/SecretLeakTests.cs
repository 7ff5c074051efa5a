using System.Net;
using System.Net.Sockets;
using IncidentIo.Simulator;
using IncidentIo.Simulator.Faults;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Workflow.Sandbox.Tests.EndToEnd;

namespace Workflow.Sandbox.Tests.Reliability;

/// <summary>
/// R3: every command and every incident.io action, run as a user runs the host (a separate process over the real
/// plugin folder) with a recognisable key and --verbose: success, remote errors (401, 404, 422, 5xx), input errors,
/// network failure, timeouts, a server that echoes the Authorization header back. The key must appear nowhere in
/// stdout or stderr (logs go to stderr; outputs and errors to stdout).
/// </summary>
[Category("EndToEnd")]
[Category("IncidentIoPlugin")]
[NonParallelizable]
public sealed class SecretLeakTests
{
    private const string Key = "inc-R3-CANARY-7f3a9c2e51d04b6b";
    private IncidentIoSimulator _simulator = null!;
    private IncidentIoSimulator _faulty = null!;
    private WireMockServer _echo = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _simulator = await IncidentIoSimulator.StartAsync(new SimulatorOptions { ApiKey = Key });
        _faulty = await IncidentIoSimulator.StartAsync(new SimulatorOptions { ApiKey = Key, Faults = FaultSpec.Parse("rate5xx=1,seed=1") });
        _echo = WireMockServer.Start();
        // A misbehaving server: echoes the Authorization header in a header and in the body, success and failure alike.
        _echo.Given(Request.Create().WithPath("/v1/echo").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithHeader("X-Echo-Authorization", "{{request.headers.Authorization}}")
                .WithBody("""{"authorization":"{{request.headers.Authorization}}"}""").WithTransformer());
        _echo.Given(Request.Create().UsingAnyMethod()).AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json")
                .WithBody("""{"type":"bad","errors":[{"code":"x","message":"you sent {{request.headers.Authorization}}","source":{"field":"{{request.headers.Authorization}}"}}]}""")
                .WithTransformer());
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _echo?.Dispose();
        if (_faulty is not null)
        {
            await _faulty.DisposeAsync();
        }

        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }

    private static IEnumerable<TestCaseData> Invocations()
    {
        const string Minor = "01HQ5SVMXXQKFBF5KZNWJ47TAN";
        string[][] cases =
        [
            ["list", "--verbose"],
            ["describe", "incidentio.create_incident", "--verbose"],
            ["validate", "--verbose"],
            ["test-connection", "--base-url", "{sim}", "--verbose"],
            ["test-connection", "--base-url", "{wrongkey}", "--verbose"],
            ["test-connection", "--base-url", "{closed}", "--verbose"],
            ["run", "incidentio.list_severities", "--base-url", "{sim}", "--verbose"],
            ["run", "incidentio.list_incident_statuses", "--base-url", "{sim}", "--verbose", "--json"],
            ["run", "incidentio.list_incident_types", "--base-url", "{sim}", "--verbose"],
            ["run", "incidentio.create_incident", "--input", $$"""{"name":"r3","severity_id":"{{Minor}}"}""", "--base-url", "{sim}", "--verbose"],
            ["run", "incidentio.create_incident", "--input", """{"name":"r3 no severity"}""", "--base-url", "{sim}", "--verbose", "--json"],
            ["run", "incidentio.create_incident", "--input", """{"name":5}""", "--base-url", "{sim}", "--verbose"],
            ["run", "incidentio.get_incident", "--input", """{"incident_id":"nope"}""", "--base-url", "{sim}", "--verbose"],
            ["run", "incidentio.update_incident", "--input", """{"incident_id":"nope","summary":"x"}""", "--base-url", "{sim}", "--verbose"],
            ["run", "incidentio.list_incidents", "--input", """{"page_size":1000}""", "--base-url", "{sim}", "--verbose"],
            ["run", "incidentio.list_incidents", "--input", """{"auto_paginate":true}""", "--base-url", "{faulty}", "--verbose"],
            ["run", "incidentio.call_api", "--input", """{"method":"GET","path":"/v1/identity"}""", "--base-url", "{sim}", "--verbose"],
            ["run", "incidentio.call_api", "--input", """{"method":"GET","path":"/v1/echo"}""", "--base-url", "{echo}", "--verbose", "--json"],
            ["run", "incidentio.call_api", "--input", """{"method":"POST","path":"/v1/other","body":{}}""", "--base-url", "{echo}", "--verbose", "--json"],
            ["run", "incidentio.call_api", "--input", """{"method":"GET","path":"https://evil.example/x"}""", "--base-url", "{sim}", "--verbose"],
            ["run", "incidentio.get_incident", "--input", """{"incident_id":"1"}""", "--base-url", "{closed}", "--verbose"],
            ["run", "incidentio.get_incident", "--input", """{"incident_id":"1"}""", "--base-url", "not a url", "--verbose"],
            ["options", "incidentio.create_incident", "severity_id", "--base-url", "{sim}", "--verbose"],
            ["options", "incidentio.create_incident", "severity_id", "--base-url", "{wrongkey}", "--verbose"],
            ["workflow", "{examples}/alert-to-incident.json", "--trigger", "{examples}/alert-trigger.json", "--base-url", "{sim}", "--verbose"],
            ["workflow", "{examples}/alert-to-incident.json", "--trigger", "{examples}/alert-trigger.json", "--base-url", "{wrongkey}", "--verbose"],
        ];
        return cases.Select(args => new TestCaseData((object)args).SetArgDisplayNames(string.Join(' ', args.Take(3))));
    }

    [TestCaseSource(nameof(Invocations))]
    public async Task Command_WithRecognisableKey_NeverPrintsIt(string[] args)
    {
        await using var wrongKey = await IncidentIoSimulator.StartAsync(new SimulatorOptions());
        var resolved = args.Select(a => a
            .Replace("{sim}", _simulator.BaseUrl, StringComparison.Ordinal)
            .Replace("{faulty}", _faulty.BaseUrl, StringComparison.Ordinal)
            .Replace("{wrongkey}", wrongKey.BaseUrl, StringComparison.Ordinal)
            .Replace("{echo}", _echo.Url!, StringComparison.Ordinal)
            .Replace("{closed}", ClosedPortUrl(), StringComparison.Ordinal)
            .Replace("{examples}", Examples, StringComparison.Ordinal)).ToArray();

        var result = await HostProcess.RunAsync(new Dictionary<string, string?> { ["INCIDENTIO_API_KEY"] = Key }, resolved);

        Assert.Multiple(() =>
        {
            Assert.That(result.All, Does.Not.Contain(Key), result.ToString());
            Assert.That(result.All, Does.Not.Contain(Key[8..]), "no recognisable part of the key either");
            Assert.That(result.All, Is.Not.Empty);
        });
    }

    private static string Examples => Path.GetFullPath(Path.Combine(IncidentPlugin.TestSupport.RepoPaths.Root, "host-sandbox", "examples"));

    private static string ClosedPortUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
