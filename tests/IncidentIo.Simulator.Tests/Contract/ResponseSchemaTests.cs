using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IncidentIo.Simulator.Tests.Support;
using IncidentPlugin.TestSupport;

namespace IncidentIo.Simulator.Tests.Contract;

// Every 200 the simulator sends must validate against the spec's response schema of its operation.
[TestFixture]
public sealed class ResponseSchemaTests
{
    private OpenApiSpec _spec = null!;
    private SimulatorHarness _harness = null!;
    private string _incidentId = null!;
    private string _alertId = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var spec = OpenApiSpec.Shared;
        if (spec is null)
        {
            Assert.Ignore(OpenApiSpec.MissingMessage);
        }

        _spec = spec!;
        _harness = await SimulatorHarness.StartAsync();
        var full = SimulatorHarness.Payload("contract-full");
        full["summary"] = "Everything set";
        full["custom_field_entries"] = JsonNode.Parse($$"""
            [{"custom_field_id":"{{SeedIds.AffectedTeam}}","values":[{"value_option_id":"{{SeedIds.ProductOption}}"}]},
             {"custom_field_id":"{{SeedIds.CustomerImpact}}","values":[{"value_text":"Checkout fails"}]}]
            """);
        full["incident_role_assignments"] = JsonNode.Parse($$$"""[{"incident_role_id":"{{{SeedIds.LeadRole}}}","assignee":{"email":"lead@example.com"}}]""");
        full["incident_timestamp_values"] = JsonNode.Parse($$"""[{"incident_timestamp_id":"{{SeedIds.ImpactStarted}}","value":"2024-05-01T10:00:00Z"}]""");
        _incidentId = (string)(await _harness.CreateAsync(full))["id"]!;
        var retrospective = SimulatorHarness.Payload("contract-retro", mode: "retrospective");
        retrospective["incident_status_id"] = SeedIds.Closed;
        retrospective["retrospective_incident_options"] = new JsonObject { ["postmortem_document_url"] = "https://docs.example.com/pm" };
        await _harness.CreateAsync(retrospective);
        await _harness.CreateAsync(SimulatorHarness.Payload("contract-triage", severityId: null).With("incident_status_id", SeedIds.Triage));
        var alertEvent = SimulatorHarness.AlertEvent("contract-alert");
        alertEvent["description"] = "Everything set";
        alertEvent["source_url"] = "https://prometheus.example.com/alerts/1";
        await _harness.SendAlertEventAsync(alertEvent);
        _alertId = (string)_harness.Simulator.State.Alerts.All()[0]["id"]!;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }

    [TestCase("/v1/severities")]
    [TestCase("/v1/incident_statuses")]
    [TestCase("/v1/incident_types")]
    [TestCase("/v1/identity")]
    [TestCase("/v2/incidents")]
    [TestCase("/v2/alerts?page_size=25")]
    [TestCase("/v2/alert_sources")]
    [TestCase("/v2/escalation_paths")]
    [TestCase("/v2/escalations?status[one_of]=triggered")]
    [TestCase("/v2/schedules")]
    [TestCase("/v2/schedules?page_size=1000")]
    [TestCase("/v2/schedule_entries?schedule_id=" + SeedIds.SecondarySchedule)]
    [TestCase("/v2/schedule_entries?schedule_id=" + SeedIds.PrimarySchedule + "&entry_window_start=2024-01-01T00:00:00Z&entry_window_end=2026-01-01T00:00:00Z")]
    [TestCase("/v2/custom_fields")]
    [TestCase("/v1/custom_field_options?custom_field_id=" + SeedIds.AffectedTeam)]
    [TestCase("/v1/custom_field_options?page_size=1&custom_field_id=" + SeedIds.AffectedTeam)]
    [TestCase("/v2/incident_roles")]
    [TestCase("/v2/users?include_inactive=true")]
    [TestCase("/v2/users?page_size=1000")]
    public async Task Get_Response_MatchesSpecSchema(string path)
    {
        var (status, body) = await _harness.GetAsync(path);

        AssertValid(path.Split('?')[0], "get", status, body);
    }

    [Test]
    public async Task ShowAlert_Response_MatchesSpecSchema()
    {
        var (status, body) = await _harness.GetAsync($"/v2/alerts/{_alertId}");

        AssertValid("/v2/alerts/{id}", "get", status, body);
    }

    [Test]
    public async Task ResolveAlert_Response_MatchesSpecSchema()
    {
        using var response = await _harness.Client.PostAsync(new Uri($"/v2/alerts/{_alertId}/actions/resolve", UriKind.Relative), null);

        AssertValid("/v2/alerts/{id}/actions/resolve", "post", (int)response.StatusCode, await JsonBody.ReadAsync(response));
    }

    [Test]
    public async Task Escalation_CreateShowAndFollowUp_MatchSpecSchemas()
    {
        var payload = new JsonObject { ["idempotency_key"] = "contract-esc", ["title"] = "Page", ["escalation_path_id"] = "01JD9S2H6M3P8Q1R4T7V9X2Z5A", ["incident_id"] = _incidentId };
        using var created = await _harness.PostAsync("/v2/escalations", payload);
        var createdBody = await JsonBody.ReadAsync(created);
        AssertValid("/v2/escalations", "post", (int)created.StatusCode, createdBody);

        var (status, shown) = await _harness.GetAsync($"/v2/escalations/{createdBody["escalation"]!["id"]}");
        AssertValid("/v2/escalations/{id}", "get", status, shown);

        using var followUp = await _harness.PostAsync("/v2/follow_ups", new JsonObject { ["incident_id"] = _incidentId, ["title"] = "Follow up", ["labels"] = new JsonArray("x") });
        AssertValid("/v2/follow_ups", "post", (int)followUp.StatusCode, await JsonBody.ReadAsync(followUp));
    }

    [Test]
    public async Task FollowUp_UpdateConnectShowAndList_MatchSpecSchemas()
    {
        using var created = await _harness.PostAsync("/v2/follow_ups", new JsonObject { ["incident_id"] = _incidentId, ["title"] = "Follow up" });
        var id = (string)(await JsonBody.ReadAsync(created))["follow_up"]!["id"]!;

        using var updated = await _harness.Client.PutAsJsonAsync($"/v2/follow_ups/{id}", new JsonObject { ["title"] = "Done", ["status"] = "completed", ["assignee_id"] = SeedIds.Alice });
        AssertValid("/v2/follow_ups/{id}", "put", (int)updated.StatusCode, await JsonBody.ReadAsync(updated));
        using var connected = await _harness.PostAsync($"/v2/follow_ups/{id}/actions/connect_external_issue", new JsonObject { ["provider"] = "github", ["url"] = "https://github.com/acme/ops/issues/7" });
        AssertValid("/v2/follow_ups/{id}/actions/connect_external_issue", "post", (int)connected.StatusCode, await JsonBody.ReadAsync(connected));
        var (shownStatus, shown) = await _harness.GetAsync($"/v2/follow_ups/{id}");
        AssertValid("/v2/follow_ups/{id}", "get", shownStatus, shown);
        var (listStatus, list) = await _harness.GetAsync("/v2/follow_ups");
        AssertValid("/v2/follow_ups", "get", listStatus, list);
    }

    [Test]
    public async Task IncidentUpdates_AfterASeverityChange_MatchSpecSchema()
    {
        var body = new JsonObject { ["incident"] = new JsonObject { ["severity_id"] = SeedIds.Critical, ["incident_status_id"] = SeedIds.Fixing }, ["notify_incident_channel"] = false };
        using var edited = await _harness.Client.PostAsJsonAsync($"/v2/incidents/{_incidentId}/actions/edit", body);

        var (status, updates) = await _harness.GetAsync($"/v2/incident_updates?incident_id={_incidentId}");

        Assert.That(updates["incident_updates"]!.AsArray(), Is.Not.Empty);
        AssertValid("/v2/incident_updates", "get", status, updates);
    }

    [Test]
    public async Task AlertEvent_Response_MatchesSpecSchemaWith202()
    {
        var (status, body) = await _harness.SendAlertEventAsync(SimulatorHarness.AlertEvent("contract-202"));

        AssertValid("/v2/alert_events/http/{alert_source_config_id}", "post", status, body);
    }

    [Test]
    public async Task Show_Response_MatchesSpecSchema()
    {
        var (status, body) = await _harness.GetAsync($"/v2/incidents/{_incidentId}");

        AssertValid("/v2/incidents/{id}", "get", status, body);
    }

    [Test]
    public async Task Create_Response_MatchesSpecSchema()
    {
        using var response = await _harness.PostAsync("/v2/incidents", SimulatorHarness.Payload("contract-create"));

        AssertValid("/v2/incidents", "post", (int)response.StatusCode, await JsonBody.ReadAsync(response));
    }

    [Test]
    public async Task Edit_Response_MatchesSpecSchema()
    {
        var body = new JsonObject { ["incident"] = new JsonObject { ["summary"] = "edited" }, ["notify_incident_channel"] = false };

        using var response = await _harness.Client.PostAsJsonAsync($"/v2/incidents/{_incidentId}/actions/edit", body);

        AssertValid("/v2/incidents/{id}/actions/edit", "post", (int)response.StatusCode, await JsonBody.ReadAsync(response));
    }

    [Test]
    public void Payload_UsedByTheseTests_MatchesSpecRequestSchema()
    {
        var payload = SimulatorHarness.Payload("shape-check");

        Assert.That(_spec.Validate(_spec.RequestSchemaName("/v2/incidents", "post"), payload), Is.Empty);
    }

    private void AssertValid(string path, string method, int status, JsonObject body)
    {
        Assert.That(status, Is.EqualTo(_spec.SuccessStatus(path, method)), body.ToJsonString());
        var errors = _spec.Validate(_spec.ResponseSchemaName(path, method), body);
        Assert.That(errors, Is.Empty, body.ToJsonString());
    }
}
