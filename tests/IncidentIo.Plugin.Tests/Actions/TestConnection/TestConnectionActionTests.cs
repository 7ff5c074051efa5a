using System.Text.Json.Nodes;
using IncidentIo.Plugin.Actions.TestConnection;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.TestConnection;

[TestFixture]
public sealed class TestConnectionActionTests : StubFixture
{
    private const string Severities = """
        {"severities":[
          {"id":"S1","name":"Minor","description":"","rank":1,"created_at":"2021-08-17T13:28:57Z","updated_at":"2021-08-17T13:28:57Z"},
          {"id":"S2","name":"Major","description":"","rank":2,"created_at":"2021-08-17T13:28:57Z","updated_at":"2021-08-17T13:28:57Z"}]}
        """;

    private static readonly string[] PagedProbes = ["/v2/incidents", "/v2/alerts", "/v2/escalations", "/v2/escalation_paths", "/v2/schedules", "/v2/users"];

    [Test]
    public async Task ExecuteAsync_KeyWorks_IsValidWithTheSeverityCountAndValidatesAgainstTheManifest()
    {
        KeyWith(["viewer", "incident_creator"]);

        var output = await ActionRuns.OutputAsync(new TestConnectionAction(Clients), Stub.Connection());

        Assert.Multiple(() =>
        {
            Assert.That((bool?)output["valid"], Is.True);
            Assert.That((int?)output["severity_count"], Is.EqualTo(2));
            Assert.That((string?)output["message"], Does.StartWith("Connected to incident.io as \"Workflows\" (roles: viewer, incident_creator): the API key can list severities (2 found)."));
            Assert.That((string?)output["identity"]!["name"], Is.EqualTo("Workflows"));
            Assert.That(Schemas.Errors(ActionManifests.Load("test-connection")["output"]!, output), Is.Empty);
        });
    }

    [Test]
    public async Task ExecuteAsync_ProbeAnswers403_TheScopeIsMissingByProbeAndItsActionsCannotRun()
    {
        KeyWith(["viewer", "incident_creator"], ("/v2/alerts", 403));

        var output = await ActionRuns.OutputAsync(new TestConnectionAction(Clients), Stub.Connection());

        Assert.Multiple(() =>
        {
            Assert.That(Scope(output, "alerts.view"), Is.EqualTo(("no", "probe")));
            Assert.That(Scope(output, "alert_sources.view"), Is.EqualTo(("yes", "probe")));
            Assert.That(Scope(output, "severities.view"), Is.EqualTo(("yes", "probe")));
            Assert.That(Action(output, "incidentio.list_alerts"), Is.EqualTo(("no", "probe", "alerts.view")));
            Assert.That(Action(output, "incidentio.get_alert"), Is.EqualTo(("no", "probe", "alerts.view")));
            Assert.That(Action(output, "incidentio.list_severities"), Is.EqualTo(("yes", "probe", "")));
        });
    }

    [Test]
    public async Task ExecuteAsync_WriteScopes_AreGuessedFromTheRolesAndLabelledSo()
    {
        KeyWith(["viewer", "incident_creator"]);

        var output = await ActionRuns.OutputAsync(new TestConnectionAction(Clients), Stub.Connection());

        Assert.Multiple(() =>
        {
            Assert.That(Scope(output, "incidents.create"), Is.EqualTo(("yes", "role_guess")));
            Assert.That(Scope(output, "escalations.create"), Is.EqualTo(("no", "role_guess")));
            Assert.That(Detail(output, "incidents.create"), Does.Contain("incident_creator").And.Contain("unverified"));
            Assert.That(Action(output, "incidentio.create_incident"), Is.EqualTo(("yes", "role_guess", "")), "a guessed scope makes the verdict a guess");
            Assert.That(Action(output, "incidentio.create_escalation"), Is.EqualTo(("no", "role_guess", "escalations.create")));
            Assert.That(Action(output, "incidentio.update_incident"), Is.EqualTo(("no", "role_guess", "")), "edit has no scope; guessed from incident_editor");
            Assert.That((string?)Find(output, "actions", "action", "incidentio.update_incident")["note"], Does.Contain("POST /v2/incidents/{id}/actions/edit"));
        });
    }

    [Test]
    public async Task ExecuteAsync_ProbeAnswers503_TheScopeIsUnknownWithAWarningAndTheTestStillPasses()
    {
        KeyWith(["viewer"], ("/v2/schedules", 503));

        var result = await new TestConnectionAction(Clients).ExecuteAsync(Connections.Context(Stub.Connection(), null), CancellationToken.None);
        var output = JsonNode.Parse(result.Output!.Value.GetRawText())!;

        Assert.Multiple(() =>
        {
            Assert.That(result.IsSuccess, Is.True);
            Assert.That(Scope(output, "schedules.view"), Is.EqualTo(("unknown", "unknown")));
            Assert.That(Action(output, "incidentio.get_on_call"), Is.EqualTo(("unknown", "unknown", "")));
            Assert.That(result.Warnings.Select(w => w.Field), Is.EqualTo(new[] { "/scopes" }), "only the failed probe; scopes nobody probes are not warned about");
            Assert.That(result.Warnings.Select(w => w.Message), Has.One.Contains("GET /v2/schedules failed (server_error, HTTP 503)"));
        });
    }

    [Test]
    public async Task ExecuteAsync_IdentityFails_WritesAreUnknownAndReadsStillMeasured()
    {
        KeyWith(["viewer"], ("/v1/identity", 500));

        var result = await new TestConnectionAction(Clients).ExecuteAsync(Connections.Context(Stub.Connection(), null), CancellationToken.None);
        var output = JsonNode.Parse(result.Output!.Value.GetRawText())!.AsObject();

        Assert.Multiple(() =>
        {
            Assert.That(output.ContainsKey("identity"), Is.False);
            Assert.That(Scope(output, "incidents.create"), Is.EqualTo(("unknown", "unknown")));
            Assert.That(Scope(output, "users.view"), Is.EqualTo(("yes", "probe")));
            Assert.That(result.Warnings, Is.EqualTo(new[]
            {
                new ActionErrorDetail("/identity", "GET /v1/identity failed (server_error): the key's roles are unknown, so no write scope is guessed."),
            }));
            Assert.That((string?)output["message"], Does.StartWith("Connected to incident.io: the API key can list severities (2 found). Of "));
        });
    }

    [Test]
    public async Task ExecuteAsync_KeyWithoutRoles_MessageSaysRolesNone()
    {
        KeyWith([]);

        var output = await ActionRuns.OutputAsync(new TestConnectionAction(Clients), Stub.Connection());

        Assert.That((string?)output["message"], Does.StartWith("Connected to incident.io as \"Workflows\" (roles: none): the API key can list severities (2 found). Of "));
    }

    // The message sums up the actions list: every count is read from the output's own verdicts (the number of actions
    // grows with the manifests), and the test first makes sure each kind of verdict occurs, so no count is trivially 0.
    [Test]
    public async Task ExecuteAsync_MixedVerdicts_MessageCountsEachVerdictAndWhatItRestsOn()
    {
        KeyWith(["viewer", "incident_creator"], ("/v2/alerts", 403), ("/v2/schedules", 503));

        var output = await ActionRuns.OutputAsync(new TestConnectionAction(Clients), Stub.Connection());

        var verdicts = output["actions"]!.AsArray().Select(a => ((string?)a!["can_run"], (string?)a["basis"])).ToList();
        int Count(string canRun, string? basis = null) => verdicts.Count(v => v.Item1 == canRun && (basis is null || v.Item2 == basis));
        var expected = $"Connected to incident.io as \"Workflows\" (roles: viewer, incident_creator): the API key can list severities (2 found). " +
            $"Of {verdicts.Count} actions, {Count("yes")} can run ({Count("yes", "probe")} measured, {Count("yes", "role_guess")} inferred from roles), " +
            $"{Count("no")} cannot ({Count("no", "probe")} measured, {Count("no", "role_guess")} inferred) and {Count("unknown")} unknown.";
        Assert.Multiple(() =>
        {
            Assert.That(
                new[] { Count("yes", "probe"), Count("yes", "role_guess"), Count("no", "probe"), Count("no", "role_guess"), Count("unknown") },
                Is.All.GreaterThan(0));
            Assert.That(Count("yes"), Is.GreaterThan(Count("yes", "probe")).And.GreaterThan(Count("yes", "role_guess")));
            Assert.That((string?)output["message"], Is.EqualTo(expected));
        });
    }

    [Test]
    public async Task ExecuteAsync_Probes_OneCallPerReadScopeWithPageSizeOneWherePaged()
    {
        KeyWith(["viewer"]);

        await ActionRuns.OutputAsync(new TestConnectionAction(Clients), Stub.Connection());

        var requests = Stub.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        var expected = ScopeProbes.Scopes.Select(s => ScopeProbes.For(s)!.Operation.Path).Distinct().Append("/v1/identity");
        Assert.Multiple(() =>
        {
            Assert.That(requests.Select(r => r.Path), Is.EquivalentTo(expected), "one call per probed scope, severities doubling as its probe");
            Assert.That(requests.Where(r => PagedProbes.Contains(r.Path)).Select(r => r.Query!["page_size"].Single()), Has.Exactly(PagedProbes.Length).EqualTo("1"));
            Assert.That(requests.Select(r => r.Method), Is.All.EqualTo("GET"));
        });
    }

    [Test]
    public async Task ExecuteAsync_ActionsWithoutKeyScopes_AreUnknownWithANote()
    {
        KeyWith(["viewer"]);

        var output = await ActionRuns.OutputAsync(new TestConnectionAction(Clients), Stub.Connection());

        Assert.Multiple(() =>
        {
            Assert.That(Action(output, "incidentio.call_api"), Is.EqualTo(("unknown", "unknown", "")));
            Assert.That((string?)Find(output, "actions", "action", "incidentio.send_alert_event")["note"], Does.Contain("another secret"));
            Assert.That(output["actions"]!.AsArray(), Has.Count.EqualTo(ActionManifests.Stems.Count()), "every action, counted from the manifests");
        });
    }

    [TestCase(null, ActionErrorCodes.Configuration, "api_key is null")]
    [TestCase(" ", ActionErrorCodes.Configuration, "No valid API key available")]
    public async Task ExecuteAsync_NoUsableKey_FailsBeforeAnyRequest(string? key, string code, string message)
    {
        var error = await ActionRuns.ErrorAsync(new TestConnectionAction(Clients), Stub.Connection(key));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(code));
            Assert.That(error.Message, Is.EqualTo(message));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [TestCase(401, ActionErrorCodes.Unauthorized, "Invalid Incident.io API key (401)")]
    [TestCase(403, ActionErrorCodes.Forbidden, "API key does not have permission to list severities (403)")]
    public async Task ExecuteAsync_KeyRejected_FailsWithTheSeedMessageAndProbesNothing(int status, string code, string message)
    {
        Stub.Returns("GET", "/v1/severities", status, IncidentIoErrorBodies.Of("authentication_error", status, "x", "y"));

        var error = await ActionRuns.ErrorAsync(new TestConnectionAction(Clients), Stub.Connection());

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(code));
            Assert.That(error.Message, Is.EqualTo(message));
            Assert.That(error.Hint, Is.Not.Null.And.Not.Empty);
            Assert.That(Stub.RequestCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ExecuteAsync_Scopes_AreListedInOrdinalOrder()
    {
        KeyWith(["viewer"]);

        var output = await ActionRuns.OutputAsync(new TestConnectionAction(Clients), Stub.Connection());

        var scopes = output["scopes"]!.AsArray().Select(c => (string?)c!["scope"]).ToList();
        Assert.That(scopes, Is.EqualTo(scopes.Order(StringComparer.Ordinal)).And.Count.GreaterThan(1));
    }

    [TestCase(true, TestName = "ExecuteAsync_IdentityWithTeamRoles_ReportsThem")]
    [TestCase(false, TestName = "ExecuteAsync_IdentityWithoutTeamRoles_ReportsNone")]
    public async Task ExecuteAsync_IdentityTeamRoles_AreReportedAsGiven(bool given)
    {
        KeyWithTeamRoles(["viewer"], given ? new JsonArray("responder") : null);

        var output = await ActionRuns.OutputAsync(new TestConnectionAction(Clients), Stub.Connection());

        Assert.That(output["identity"]!["team_roles"]!.ToJsonString(), Is.EqualTo(given ? """["responder"]""" : "[]"));
    }

    [Test]
    public async Task ExecuteAsync_IdentityAnswerPartlyUnreadable_ItsWarningsAreKept()
    {
        KeyWithTeamRoles(["viewer"], JsonValue.Create(7));

        var result = await new TestConnectionAction(Clients).ExecuteAsync(Connections.Context(Stub.Connection(), null), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsSuccess, Is.True);
            Assert.That(result.Warnings.Select(w => w.Field), Has.Some.StartsWith("/identity/team_roles"));
        });
    }

    // Severities, identity and every probe answer 200 unless overridden; a 403 comes in incident.io's error shape.
    private void KeyWith(string[] roles, params (string Path, int Status)[] overrides) => KeyWithTeamRoles(roles, new JsonArray(), overrides);

    // As KeyWith, with the identity's team_roles as given (left out when null).
    private void KeyWithTeamRoles(string[] roles, JsonNode? teamRoles, params (string Path, int Status)[] overrides)
    {
        var key = new JsonObject
        {
            ["name"] = "Workflows", ["dashboard_url"] = "https://app.incident.io/my-org",
            ["roles"] = new JsonArray(roles.Select(r => (JsonNode?)r).ToArray()), ["teams"] = new JsonArray(),
        };
        if (teamRoles is not null)
        {
            key["team_roles"] = teamRoles;
        }

        var identity = new JsonObject { ["identity"] = key };
        var bodies = ScopeProbes.Scopes.Select(s => ScopeProbes.For(s)!.Operation.Path).Distinct()
            .ToDictionary(p => p, _ => "{}");
        bodies["/v1/severities"] = Severities;
        bodies["/v1/identity"] = identity.ToJsonString();
        foreach (var (path, body) in bodies)
        {
            var status = overrides.FirstOrDefault(o => o.Path == path).Status;
            Stub.Returns("GET", path, status == 0 ? 200 : status,
                status is 0 ? body : IncidentIoErrorBodies.Of(status == 403 ? "authorization_error" : "internal_error", status, "x", "no"));
        }
    }

    private static JsonNode Find(JsonNode output, string list, string key, string value) =>
        output[list]!.AsArray().Single(n => (string?)n![key] == value)!;

    private static (string?, string?) Scope(JsonNode output, string scope)
    {
        var check = Find(output, "scopes", "scope", scope);
        return ((string?)check["granted"], (string?)check["basis"]);
    }

    private static string? Detail(JsonNode output, string scope) => (string?)Find(output, "scopes", "scope", scope)["detail"];

    private static (string?, string?, string) Action(JsonNode output, string action)
    {
        var readiness = Find(output, "actions", "action", action);
        return ((string?)readiness["can_run"], (string?)readiness["basis"], string.Join(",", readiness["missing_scopes"]!.AsArray().Select(s => (string?)s)));
    }
}
