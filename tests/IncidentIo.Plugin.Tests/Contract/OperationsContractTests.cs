using System.Reflection;
using System.Text.RegularExpressions;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Contract;

// The operations the client knows, and the requests the actions really send, exist in incident.io's spec.
[TestFixture]
public sealed class OperationsContractTests : SpecFixture
{
    private static IEnumerable<TestCaseData> Operations() =>
        typeof(IncidentIoOperations).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Select(p => new TestCaseData(p.Name));

    private static IEnumerable<TestCaseData> ActionRequests()
    {
        yield return Case("incidentio.list_severities", new { }, "/v1/severities");
        yield return Case("incidentio.list_incident_statuses", new { }, "/v1/incident_statuses");
        yield return Case("incidentio.list_incident_types", new { }, "/v1/incident_types");
        yield return Case("incidentio.get_incident", new { incident_id = "INC-123" }, "/v2/incidents/{id}");
        yield return Case("incidentio.get_incident", new { incident_id = "01FDAG4SAP5TYPT98WGR2N7W91" }, "/v2/incidents/{id}");
        yield return Case("incidentio.test_connection", new { }, "/v1/severities");
        yield return Case("incidentio.create_incident", new { name = "x" }, "/v2/incidents");
        yield return Case("incidentio.update_incident", new { incident_id = "INC-123", name = "x" }, "/v2/incidents/{id}/actions/edit");
        yield return Case("incidentio.list_incidents", new { status_category = new { one_of = new[] { "live" } } }, "/v2/incidents");
        yield return Case("incidentio.call_api", new { method = "GET", path = "/v1/identity" }, "/v1/identity");
        yield return Case("incidentio.send_alert_event", new { alert_source_config_id = "S", status = "firing", title = "t", deduplication_key = "k" }, "/v2/alert_events/http/{alert_source_config_id}");
        yield return Case("incidentio.list_alerts", new { status = new { one_of = new[] { "firing" } } }, "/v2/alerts");
        yield return Case("incidentio.get_alert", new { alert_id = "A" }, "/v2/alerts/{id}");
        yield return Case("incidentio.resolve_alert", new { alert_id = "A" }, "/v2/alerts/{id}/actions/resolve");
        yield return Case("incidentio.list_alert_sources", new { }, "/v2/alert_sources");
        yield return Case("incidentio.create_escalation", new { title = "t", user_ids = new[] { "U" } }, "/v2/escalations");
        yield return Case("incidentio.get_escalation", new { escalation_id = "E" }, "/v2/escalations/{id}");
        yield return Case("incidentio.cancel_escalation", new { escalation_id = "E" }, "/v2/escalations/{id}/actions/cancel");
        yield return Case("incidentio.list_escalation_paths", new { }, "/v2/escalation_paths");
        yield return Case("incidentio.create_follow_up", new { incident_id = "I", title = "t" }, "/v2/follow_ups");
        yield return Case("incidentio.list_escalations", new { status = new { one_of = new[] { "triggered" } } }, "/v2/escalations");
        yield return Case("incidentio.list_schedules", new { }, "/v2/schedules");
        yield return Case("incidentio.get_on_call", new { schedule_id = "S" }, "/v2/schedule_entries");
        yield return Case("incidentio.list_follow_ups", new { incident_id = "I" }, "/v2/follow_ups");
        yield return Case("incidentio.connect_follow_up_issue", new { follow_up_id = "F", provider = "linear", url = "https://linear.app/x/issue/A-1" }, "/v2/follow_ups/{id}/actions/connect_external_issue");
        yield return Case("incidentio.list_incident_updates", new { incident_id = "I" }, "/v2/incident_updates");
        yield return Case("incidentio.list_custom_fields", new { include_options = false }, "/v2/custom_fields");
        yield return Case("incidentio.list_incident_roles", new { }, "/v2/incident_roles");
        yield return Case("incidentio.list_users", new { email = "a@b.c" }, "/v2/users");

        static TestCaseData Case(string id, object input, string template) =>
            new TestCaseData(id, input, template).SetArgDisplayNames(id, System.Text.Json.JsonSerializer.Serialize(input));
    }

    [TestCaseSource(nameof(Operations))]
    public void Operation_InTheSpec_HasThePathMethodAndScope(string name)
    {
        var operation = (ApiOperation)typeof(IncidentIoOperations).GetProperty(name)!.GetValue(null)!;
        var spec = Spec.Operation(operation.Path, operation.Method.ToString());

        var scopes = spec["x-rbac-scopes"]?.AsArray().Select(s => (string?)s).ToList() ?? [];
        Assert.That(scopes, operation.RbacScope is null ? Is.Empty : Is.EqualTo(new[] { operation.RbacScope }));
    }

    [TestCaseSource(nameof(ActionRequests))]
    public async Task Action_RequestItSends_MatchesOneSpecOperation(string actionId, object input, string template)
    {
        Stub.Returns("GET", "/*", 200, "{}");
        Stub.Returns("POST", "/*", 200, "{}");
        var action = PluginActions.Create(actionId, Clients);

        // The connection has both secrets, so alert events (authenticated by the source's token) send too.
        await action.ExecuteAsync(Connections.Context(AlertBodies.Connection(Stub), input), CancellationToken.None);

        var sent = Stub.LastRequest;
        var matches = Spec.Root["paths"]!.AsObject()
            .Where(p => p.Value![sent.Method.ToLowerInvariant()] is not null && Matches(p.Key, sent.AbsolutePath))
            .Select(p => p.Key)
            .ToList();
        Assert.That(matches, Is.EqualTo(new[] { template }), $"{sent.Method} {sent.AbsolutePath}");
    }

    private static bool Matches(string template, string path) =>
        Regex.IsMatch(path, "^" + Regex.Replace(Regex.Escape(template), @"\\\{[^}]+}", "[^/]+") + "$");
}
