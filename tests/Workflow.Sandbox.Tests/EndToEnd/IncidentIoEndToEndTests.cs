using System.Text.Json.Nodes;
using IncidentPlugin.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.EndToEnd;

/// <summary>
/// The published host as a separate process over the REAL incident.io plugin folder (sandbox-host/plugins/),
/// against a WireMock server answering like incident.io with the spec's example bodies.
/// These need the plugin's actions (get_incident, list_severities, test_connection, ...), which land with the plugin branch.
/// </summary>
[Category("EndToEnd")]
[Category("IncidentIoPlugin")]
public class IncidentIoEndToEndTests
{
    private const string Key = "inc-E2E-CANARY-KEY-31337";
    private const string IncidentId = "01FDAG4SAP5TYPT98WGR2N7W91";
    private OpenApiSpec _spec = null!;
    private WireMockServer _server = null!;

    [OneTimeSetUp]
    public void StartServer()
    {
        if (OpenApiSpec.Shared is not { } spec)
        {
            Assert.Ignore(OpenApiSpec.MissingMessage);
            return;
        }

        _spec = spec;
        _server = WireMockServer.Start();
        Stub("/v2/incidents/" + IncidentId, _spec.ResponseExample("/v2/incidents/{id}", "get"));
        Stub("/v1/severities", _spec.ResponseExample("/v1/severities", "get"));
        Stub("/v1/incident_statuses", _spec.ResponseExample("/v1/incident_statuses", "get"));
        Stub("/v1/incident_types", _spec.ResponseExample("/v1/incident_types", "get"));
        // Any request without the right key: incident.io's 401 body.
        _server.Given(Request.Create().UsingAnyMethod()).AtPriority(100).RespondWith(Error(401, "authentication_error", "missing_authorization_material", "No API key was provided"));
    }

    [OneTimeTearDown]
    public void StopServer() => _server?.Dispose();

    [Test]
    public async Task List_Json_IncidentIoActionsWithTitles()
    {
        var result = await Host([], "list", "--json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var actions = JsonNode.Parse(result.StandardOutput)!["plugins"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == "incidentio")!["actions"]!.AsArray();
        Assert.That(actions.Select(a => a!["id"]!.GetValue<string>()), Is.SupersetOf(Seq.Of(
            "incidentio.get_incident", "incidentio.list_severities", "incidentio.list_incident_statuses", "incidentio.list_incident_types", "incidentio.test_connection")));
        Assert.That(actions.Select(a => a!["title"]!.GetValue<string>()), Is.All.Not.Empty);
    }

    [Test]
    public async Task Validate_RealPlugin_Exit0()
    {
        var result = await Host([], "validate");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
    }

    [Test]
    public async Task Run_GetIncidentWithKey_PrintsIncidentExit0()
    {
        var result = await Host(WithKey(), "run", "incidentio.get_incident", "--input", $$"""{"incident_id":"{{IncidentId}}"}""", "--base-url", _server.Url!);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var expected = _spec.ResponseExample("/v2/incidents/{id}", "get")["incident"]!;
        Assert.That(result.StandardOutput, Does.Contain(expected["id"]!.GetValue<string>()).And.Contain(expected["reference"]!.GetValue<string>()));
    }

    [Test]
    public async Task Run_NoKey_ApiKeyIsNullExit1()
    {
        var result = await Host([], "run", "incidentio.get_incident", "--input", $$"""{"incident_id":"{{IncidentId}}"}""", "--base-url", _server.Url!);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("api_key is null"));
    }

    [Test]
    public async Task Run_WrongKey_InvalidKey401Exit1()
    {
        var result = await Host(new() { ["INCIDENTIO_API_KEY"] = "wrong-key" },
            "run", "incidentio.get_incident", "--input", $$"""{"incident_id":"{{IncidentId}}"}""", "--base-url", _server.Url!);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("Invalid Incident.io API key (401)"));
    }

    [Test]
    public async Task TestConnection_KeyWithoutPermission_Forbidden403Exit1()
    {
        using var forbidding = WireMockServer.Start();
        forbidding.Given(Request.Create().UsingAnyMethod()).RespondWith(Error(403, "authorization_error", "forbidden", "You do not have permission"));

        var result = await Host(WithKey(), "test-connection", "--base-url", forbidding.Url!);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("API key does not have permission to list severities (403)"));
    }

    [Test]
    public async Task Run_InputWithThreeProblems_ThreePointersExit2()
    {
        var result = await Host(WithKey(), "run", "incidentio.list_severities", "--input", """{"a":1,"b":2,"c":3}""", "--base-url", _server.Url!, "--json");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        var details = JsonNode.Parse(result.StandardOutput)!["error"]!["details"]!.AsArray();
        Assert.That(details.Select(d => d!["field"]!.GetValue<string>()), Is.EquivalentTo(Seq.Of("/a", "/b", "/c")));
    }

    [Test]
    public async Task Run_VerboseWithKey_KeyNeverPrinted()
    {
        var ok = await Host(WithKey(), "run", "incidentio.get_incident", "--input", $$"""{"incident_id":"{{IncidentId}}"}""", "--base-url", _server.Url!, "--verbose");
        var failing = await Host(WithKey(), "run", "incidentio.get_incident", "--input", """{"incident_id":"unknown"}""", "--base-url", _server.Url!, "--verbose");

        Assert.That(ok.ExitCode, Is.Zero, ok.ToString());
        Assert.That(ok.All + failing.All, Does.Not.Contain(Key));
        Assert.That(ok.StandardError, Is.Not.Empty, "--verbose logs on stderr");
    }

    private static Dictionary<string, string?> WithKey() => new() { ["INCIDENTIO_API_KEY"] = Key };

    // The default plugins directory of the published host is sandbox-host/plugins/, holding the real plugin.
    private static Task<HostProcess.Result> Host(Dictionary<string, string?> environment, params string[] args) =>
        HostProcess.RunAsync(environment, args);

    private void Stub(string path, JsonNode body) =>
        _server.Given(Request.Create().WithPath(path).UsingGet().WithHeader("Authorization", $"Bearer {Key}"))
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body.ToJsonString()));

    private static IResponseBuilder Error(int status, string type, string code, string message) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(new JsonObject
        {
            ["type"] = type,
            ["status"] = status,
            ["request_id"] = "9b4a5d7e-6f1c-4a4e-9d2b-0c6b1f7a2e31",
            ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }),
        }.ToJsonString());
}
