using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentIo.Plugin.Json;
using IncidentIo.Plugin.Models;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Contract;

// The models read the spec's example responses, lose nothing, and write what the spec's schemas accept.
[TestFixture]
public sealed class ModelsContractTests : SpecFixture
{
    private static IEnumerable<TestCaseData> Responses()
    {
        yield return new TestCaseData("/v1/severities", typeof(SeveritiesListResultV1)).SetArgDisplayNames("severities");
        yield return new TestCaseData("/v1/incident_statuses", typeof(IncidentStatusesListResultV1)).SetArgDisplayNames("incident statuses");
        yield return new TestCaseData("/v1/incident_types", typeof(IncidentTypesListResultV1)).SetArgDisplayNames("incident types");
        yield return new TestCaseData("/v2/incidents/{id}", typeof(IncidentsShowResultV2)).SetArgDisplayNames("show incident");
        yield return new TestCaseData("/v2/incidents", typeof(IncidentsListResultV2)).SetArgDisplayNames("list incidents");
        yield return new TestCaseData("POST /v2/incidents", typeof(IncidentsCreateResultV2)).SetArgDisplayNames("create incident");
        yield return new TestCaseData("POST /v2/incidents/{id}/actions/edit", typeof(IncidentsEditResultV2)).SetArgDisplayNames("edit incident");
        yield return new TestCaseData("POST /v2/alert_events/http/{alert_source_config_id}", typeof(AlertEventsCreateHTTPResultV2)).SetArgDisplayNames("send alert event");
        yield return new TestCaseData("/v2/alerts", typeof(AlertsListResultV2)).SetArgDisplayNames("list alerts");
        yield return new TestCaseData("/v2/alerts/{id}", typeof(AlertsShowResultV2)).SetArgDisplayNames("show alert");
        yield return new TestCaseData("POST /v2/alerts/{id}/actions/resolve", typeof(AlertsResolveResultV2)).SetArgDisplayNames("resolve alert");
        yield return new TestCaseData("/v2/alert_sources", typeof(AlertSourcesListResultV2)).SetArgDisplayNames("list alert sources");
        yield return new TestCaseData("POST /v2/escalations", typeof(EscalationsCreateResultV2)).SetArgDisplayNames("create escalation");
        yield return new TestCaseData("/v2/escalations/{id}", typeof(EscalationsShowResultV2)).SetArgDisplayNames("show escalation");
        yield return new TestCaseData("POST /v2/follow_ups", typeof(FollowUpsCreateResultV2)).SetArgDisplayNames("create follow-up");
        yield return new TestCaseData("/v2/escalations", typeof(EscalationsListResultV2)).SetArgDisplayNames("list escalations");
        yield return new TestCaseData("/v2/schedules", typeof(SchedulesListResultV2)).SetArgDisplayNames("list schedules");
        yield return new TestCaseData("/v2/schedule_entries", typeof(SchedulesListScheduleEntriesResultV2)).SetArgDisplayNames("list schedule entries");
        yield return new TestCaseData("/v2/follow_ups", typeof(FollowUpsListResultV2)).SetArgDisplayNames("list follow-ups");
        yield return new TestCaseData("/v2/follow_ups/{id}", typeof(FollowUpsShowResultV2)).SetArgDisplayNames("show follow-up");
        yield return new TestCaseData("PUT /v2/follow_ups/{id}", typeof(FollowUpsUpdateResultV2)).SetArgDisplayNames("update follow-up");
        yield return new TestCaseData("POST /v2/follow_ups/{id}/actions/connect_external_issue", typeof(FollowUpsConnectExternalIssueResultV2)).SetArgDisplayNames("connect follow-up issue");
        yield return new TestCaseData("/v2/incident_updates", typeof(IncidentUpdatesListResultV2)).SetArgDisplayNames("list incident updates");
        yield return new TestCaseData("/v2/custom_fields", typeof(CustomFieldsListResultV2)).SetArgDisplayNames("list custom fields");
        yield return new TestCaseData("/v1/custom_field_options", typeof(CustomFieldOptionsListResultV1)).SetArgDisplayNames("list custom field options");
        yield return new TestCaseData("/v2/incident_roles", typeof(IncidentRolesListResultV2)).SetArgDisplayNames("list incident roles");
        yield return new TestCaseData("/v2/users", typeof(UsersListResultV2)).SetArgDisplayNames("list users");
    }

    [TestCaseSource(nameof(Responses))]
    public void Model_SpecExampleResponse_RoundTripsUnchanged(string operation, Type model)
    {
        var (path, method) = Split(operation);
        var example = Spec.ResponseExample(path, method);

        var written = RoundTrip(example, model);

        Assert.That(JsonNode.DeepEquals(written, example), Is.True, written.ToJsonString());
    }

    // The spec's own example of GET /v2/escalation_paths fails its schema (if_else branches lack id and type), so it is
    // only checked for losing nothing.
    [TestCase("/v2/escalation_paths", typeof(EscalationsListPathsResultV2))]
    public void Model_SpecExampleFailingItsOwnSchema_RoundTripsUnchanged(string path, Type model)
    {
        var example = Spec.ResponseExample(path, "get");

        Assert.That(JsonNode.DeepEquals(RoundTrip(example, model), example), Is.True);
    }

    [TestCaseSource(nameof(Responses))]
    public void Model_Serialized_ValidatesAgainstTheSpecsResponseSchema(string operation, Type model)
    {
        var (path, method) = Split(operation);
        var written = RoundTrip(Spec.ResponseExample(path, method), model);

        Assert.That(Spec.Validate(Spec.ResponseSchemaName(path, method), written), Is.Empty);
    }

    [TestCase("/v2/incidents", typeof(IncidentsCreatePayloadV2))]
    [TestCase("/v2/incidents/{id}/actions/edit", typeof(IncidentsEditPayloadV2))]
    [TestCase("/v2/alert_events/http/{alert_source_config_id}", typeof(AlertEventsCreateHTTPPayloadV2))]
    [TestCase("/v2/follow_ups", typeof(FollowUpsCreatePayloadV2))]
    [TestCase("/v2/follow_ups/{id}/actions/connect_external_issue", typeof(FollowUpsConnectExternalIssuePayloadV2))]
    public void RequestModel_SpecRequestExample_RoundTripsWithoutTheDeprecatedValueTimestamp(string path, Type model)
    {
        var example = Spec.RequestExample(path, "post");

        var written = RoundTrip(example, model);

        StripValueTimestamp(example);
        Assert.Multiple(() =>
        {
            Assert.That(JsonNode.DeepEquals(written, example), Is.True, written.ToJsonString());
            Assert.That(Spec.Validate(Spec.RequestSchemaName(path, "post"), written), Is.Empty);
        });
    }

    [Test]
    public void IncidentV2_SpecComponentExample_RoundTripsAndValidates()
    {
        var example = Spec.Root["components"]!["schemas"]!["IncidentV2"]!["example"]!.DeepClone();

        var written = RoundTrip(example, typeof(IncidentV2));

        Assert.Multiple(() =>
        {
            Assert.That(JsonNode.DeepEquals(written, example), Is.True);
            Assert.That(Spec.Validate("IncidentV2", written), Is.Empty);
        });
    }

    [Test]
    public void IncidentV2_WithoutSlackChannelId_StillReads()
    {
        var example = Spec.Root["components"]!["schemas"]!["IncidentV2"]!["example"]!.DeepClone().AsObject();
        example.Remove("slack_channel_id");

        var incident = JsonSerializer.Deserialize<IncidentV2>(example.ToJsonString(), IncidentIoJson.Options);

        Assert.That(incident!.SlackChannelId, Is.Null);
    }

    // "POST /path", "PUT /path" or just "/path" (a GET).
    private static (string Path, string Method) Split(string operation) =>
        operation.Split(' ') is [var method, var path] ? (path, method.ToLowerInvariant()) : (operation, "get");

    // value_timestamp is deprecated ("use incident timestamp values instead"); the plugin does not send it.
    private static void StripValueTimestamp(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                o.Remove("value_timestamp");
                foreach (var (_, child) in o)
                {
                    StripValueTimestamp(child);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    StripValueTimestamp(child);
                }

                break;
        }
    }

    private static JsonNode RoundTrip(JsonNode example, Type model)
    {
        var value = JsonSerializer.Deserialize(example.ToJsonString(), model, IncidentIoJson.Options);
        return JsonSerializer.SerializeToNode(value, model, IncidentIoJson.Options)!;
    }
}
