using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Contract;

// Every manifest declares the API-key scopes it needs, and they are exactly the spec's x-rbac-scopes of the operations the
// action may call (each operation's path and scope are checked against the spec by OperationsContractTests).
[TestFixture]
public sealed class ScopesContractTests : SpecFixture
{
    // The operations each action may call. call_api reaches any path, so its scopes depend on the input: it declares none.
    private static readonly Dictionary<string, ApiOperation[]> Calls = new()
    {
        ["incidentio.list_severities"] = [IncidentIoOperations.ListSeverities],
        ["incidentio.list_incident_statuses"] = [IncidentIoOperations.ListIncidentStatuses],
        ["incidentio.list_incident_types"] = [IncidentIoOperations.ListIncidentTypes],
        ["incidentio.get_incident"] = [IncidentIoOperations.ShowIncident],
        ["incidentio.list_incidents"] = [IncidentIoOperations.ListIncidents],
        // Its scope probes are not needed to run it (a 403 is an answer), so only the calls that must succeed count.
        ["incidentio.test_connection"] = [IncidentIoOperations.ListSeverities, IncidentIoOperations.Identity],
        ["incidentio.create_incident"] = [IncidentIoOperations.CreateIncident, IncidentIoOperations.ListCustomFields, IncidentIoOperations.ListCustomFieldOptions, IncidentIoOperations.ListIncidentRoles],
        ["incidentio.update_incident"] = [IncidentIoOperations.EditIncident, IncidentIoOperations.ListCustomFields, IncidentIoOperations.ListCustomFieldOptions, IncidentIoOperations.ListIncidentRoles],
        ["incidentio.set_custom_field"] = [IncidentIoOperations.EditIncident, IncidentIoOperations.ListCustomFields],
        ["incidentio.send_alert_event"] = [IncidentIoOperations.SendAlertEvent],
        ["incidentio.list_alerts"] = [IncidentIoOperations.ListAlerts],
        ["incidentio.get_alert"] = [IncidentIoOperations.ShowAlert],
        ["incidentio.resolve_alert"] = [IncidentIoOperations.ResolveAlert],
        ["incidentio.list_alert_sources"] = [IncidentIoOperations.ListAlertSources],
        ["incidentio.create_escalation"] = [IncidentIoOperations.CreateEscalation],
        ["incidentio.get_escalation"] = [IncidentIoOperations.ShowEscalation],
        ["incidentio.cancel_escalation"] = [IncidentIoOperations.CancelEscalation],
        ["incidentio.list_escalations"] = [IncidentIoOperations.ListEscalations],
        ["incidentio.list_escalation_paths"] = [IncidentIoOperations.ListEscalationPaths],
        ["incidentio.list_schedules"] = [IncidentIoOperations.ListSchedules],
        ["incidentio.get_on_call"] = [IncidentIoOperations.ListScheduleEntries],
        ["incidentio.create_follow_up"] = [IncidentIoOperations.CreateFollowUp],
        ["incidentio.update_follow_up"] = [IncidentIoOperations.ShowFollowUp, IncidentIoOperations.UpdateFollowUp],
        ["incidentio.list_follow_ups"] = [IncidentIoOperations.ListFollowUps],
        ["incidentio.connect_follow_up_issue"] = [IncidentIoOperations.ConnectFollowUpIssue],
        ["incidentio.list_incident_updates"] = [IncidentIoOperations.ListIncidentUpdates],
        ["incidentio.list_custom_fields"] = [IncidentIoOperations.ListCustomFields, IncidentIoOperations.ListCustomFieldOptions],
        ["incidentio.list_incident_roles"] = [IncidentIoOperations.ListIncidentRoles],
        ["incidentio.list_users"] = [IncidentIoOperations.ListUsers],
    };

    private static IEnumerable<TestCaseData> Manifests() =>
        ActionManifests.Stems.Select(ActionManifests.Load).Where(m => (string?)m["id"] != "incidentio.call_api")
            .Select(m => new TestCaseData((string)m["id"]!).SetArgDisplayNames((string)m["id"]!));

    [Test]
    public void Calls_CoverEveryManifestButCallApi() =>
        Assert.That(Calls.Keys, Is.EquivalentTo(Manifests().Select(c => (string)c.Arguments[0]!)));

    [TestCaseSource(nameof(Manifests))]
    public void Scopes_Declared_AreThoseTheSpecRequiresForTheOperationsCalled(string actionId)
    {
        var manifest = ActionManifests.Stems.Select(ActionManifests.Load).Single(m => (string?)m["id"] == actionId);
        var required = Calls[actionId]
            .SelectMany(o => Spec.Operation(o.Path, o.Method.ToString())["x-rbac-scopes"]?.AsArray().Select(s => (string)s!) ?? [])
            .Distinct(StringComparer.Ordinal);

        Assert.That(manifest["scopes"]?.AsArray().Select(s => (string?)s), Is.EquivalentTo(required), "declared scopes");
    }

    [Test]
    public void CallApi_DeclaresNoScopes() =>
        Assert.That(ActionManifests.Load("call-api").ContainsKey("scopes"), Is.False, "its scopes depend on the path it is given");
}
