using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Contract;

// Every request the write and list actions send is one incident.io's spec accepts: bodies validate against the
// operation's request schema and carry no field the schema lacks; query parameters are ones the operation declares.
[TestFixture]
public sealed class RequestsContractTests : SpecFixture
{
    private static readonly (string Action, string Path)[] Writes =
    [
        ("incidentio.create_incident", "/v2/incidents"),
        ("incidentio.update_incident", "/v2/incidents/{id}/actions/edit"),
        ("incidentio.send_alert_event", "/v2/alert_events/http/{alert_source_config_id}"),
        ("incidentio.create_escalation", "/v2/escalations"),
        ("incidentio.create_follow_up", "/v2/follow_ups"),
        ("incidentio.connect_follow_up_issue", "/v2/follow_ups/{id}/actions/connect_external_issue"),
        ("incidentio.set_custom_field", "/v2/incidents/{id}/actions/edit"),
    ];

    // What the stub answers each write with, so the action succeeds (the request is what is checked).
    private static string AnswerTo(string path) => path switch
    {
        "/v2/escalations" => EscalationBodies.Created,
        _ when path.StartsWith("/v2/follow_ups", StringComparison.Ordinal) => EscalationBodies.FollowUp,
        _ when path.StartsWith("/v2/alert_events/", StringComparison.Ordinal) => AlertBodies.Accepted,
        _ => IncidentBodies.Show,
    };

    private static IEnumerable<TestCaseData> WriteInputs()
    {
        foreach (var (action, path) in Writes)
        {
            var stem = action["incidentio.".Length..].Replace('_', '-');
            var examples = ActionManifests.Load(stem)["examples"]!.AsArray();
            for (var i = 0; i < examples.Count; i++)
            {
                yield return new TestCaseData(action, path, examples[i]!["input"]!.ToJsonString())
                    .SetArgDisplayNames(stem, (string?)examples[i]!["title"] ?? $"#{i}");
            }
        }

        yield return new TestCaseData(Writes[0].Action, Writes[0].Path, """{"name":"x","mode":"tutorial"}""").SetArgDisplayNames("create-incident", "minimal");
        yield return new TestCaseData(Writes[1].Action, Writes[1].Path, """{"incident_id":"1","call_url":"https://meet"}""").SetArgDisplayNames("update-incident", "one field");
        yield return new TestCaseData(Writes[2].Action, Writes[2].Path, """{"alert_source_config_id":"S","status":"resolved","title":"t","deduplication_key":"k"}""").SetArgDisplayNames("send-alert-event", "minimal");
        yield return new TestCaseData(Writes[3].Action, Writes[3].Path, """{"title":"t","user_ids":["U1"],"incident_id":"I","description":"d"}""").SetArgDisplayNames("create-escalation", "users");
    }

    [TestCaseSource(nameof(WriteInputs))]
    public async Task Body_ForThisInput_ValidatesAgainstTheSpecWithNoUnknownFields(string actionId, string path, string input)
    {
        Stub.Returns("POST", "/*", 200, AnswerTo(path));
        if (JsonNode.Parse(input)!["custom_field_id"] is { } fieldId)
        {
            Stub.Returns("GET", "/v2/custom_fields", 200, NameBodies.SelectField((string)fieldId!));
        }
        else
        {
            NameBodies.Stub(Stub);
        }

        await ActionRuns.OutputAsync(PluginActions.Create(actionId, Clients), AlertBodies.Connection(Stub), JsonNode.Parse(input));

        var schema = Spec.RequestSchemaName(path, "post");
        var body = Stub.LastRequest.Json();
        Assert.Multiple(() =>
        {
            Assert.That(Spec.Validate(schema, body), Is.Empty, body.ToJsonString());
            Assert.That(SpecFields.Unknown(Spec, schema, body), Is.Empty, body.ToJsonString());
        });
    }

    private static IEnumerable<TestCaseData> UpdateFollowUpInputs() =>
        ActionManifests.Load("update-follow-up")["examples"]!.AsArray()
            .Select(e => new TestCaseData(e!["input"]!.ToJsonString()).SetArgDisplayNames((string?)e["title"] ?? "example"));

    // The PUT carries the follow-up's whole state. The spec says "set to null to unassign" but types the assignee fields as
    // plain strings, so an explicit null is the one thing its schema does not accept.
    [TestCaseSource(nameof(UpdateFollowUpInputs))]
    public async Task UpdateFollowUpBody_ForThisInput_ValidatesAgainstTheSpecButForUnassigningNulls(string input)
    {
        Stub.Returns("GET", "/v2/follow_ups/*", 200, EscalationBodies.FollowUp);
        Stub.Returns("PUT", "/v2/follow_ups/*", 200, EscalationBodies.FollowUp);

        await ActionRuns.OutputAsync(PluginActions.Create("incidentio.update_follow_up", Clients), Stub.Connection(), JsonNode.Parse(input));

        var schema = Spec.RequestSchemaName("/v2/follow_ups/{id}", "put");
        var body = Stub.LastRequest.Json().AsObject();
        foreach (var unassigned in body.Where(p => p.Value is null && p.Key is "assignee_id" or "assignee_team_id").Select(p => p.Key).ToList())
        {
            body.Remove(unassigned);
        }

        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.Method, Is.EqualTo("PUT"));
            Assert.That(Spec.Validate(schema, body), Is.Empty, body.ToJsonString());
            Assert.That(SpecFields.Unknown(Spec, schema, body), Is.Empty, body.ToJsonString());
        });
    }

    private static IEnumerable<TestCaseData> ListQueries()
    {
        yield return Case("list-escalations", "/v2/escalations", """{"escalations":[],"pagination_meta":{"page_size":5}}""", new
        {
            status = new { one_of = new[] { "triggered" } }, escalation_path = new { not_in = new[] { "P" } }, incident = new { one_of = new[] { "I" } },
            alert = new { one_of = new[] { "A" } }, idempotency_key = new { one_of = new[] { "K" } }, created_at = new { gte = new[] { "2024-05-01" } },
            updated_at = new { lte = new[] { "2024-06-01" } }, page_size = 5, after = "X",
        });
        yield return Case("list-schedules", "/v2/schedules", """{"schedules":[]}""", new { page_size = 5, after = "X" });
        yield return Case("list-follow-ups", "/v2/follow_ups", """{"follow_ups":[]}""", new { incident_id = "I", assignee_team_id = "T", incident_mode = "test" });
        yield return Case("list-incident-updates", "/v2/incident_updates", """{"incident_updates":[]}""", new { incident_id = "I", page_size = 5, after = "X" });
        yield return Case("list-users", "/v2/users", """{"users":[],"pagination_meta":{"page_size":5}}""", new { email = "a@b.c", slack_user_id = "U1", include_inactive = true, page_size = 5, after = "X" });

        static TestCaseData Case(string stem, string path, string answer, object input) =>
            new TestCaseData(stem, path, answer, JsonSerializer.Serialize(input)).SetArgDisplayNames(stem);
    }

    [TestCaseSource(nameof(ListQueries))]
    public async Task ListQuery_EveryInput_ReachesTheWireAsAParameterTheOperationDeclares(string stem, string path, string answer, string input)
    {
        Stub.Returns("GET", path, 200, answer);
        var manifest = ActionManifests.Load(stem);

        await ActionRuns.OutputAsync(PluginActions.Create((string)manifest["id"]!, Clients), Stub.Connection(), JsonNode.Parse(input));

        var declared = Spec.Operation(path, "get")["parameters"]!.AsArray().Select(p => (string)p!["name"]!).ToList();
        var sent = HttpUtility.ParseQueryString(Stub.LastRequest.RawQuery!).AllKeys.Select(k => k!.Split('[')[0]).Distinct().ToList();
        // list_users matches name itself: incident.io has no name filter.
        var inputs = manifest["input"]!["properties"]!.AsObject().Select(p => p.Key).Where(k => !(stem == "list-users" && k == "name")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(sent, Is.SubsetOf(declared));
            Assert.That(sent, Is.EquivalentTo(inputs), "every list input reaches the wire");
        });
    }

    [Test]
    public async Task ListAlertsQuery_EveryFilter_UsesOnlyParametersTheOperationDeclares()
    {
        Stub.Returns("GET", "/v2/alerts", 200, """{"alerts":[],"pagination_meta":{"page_size":5}}""");
        var manifest = ActionManifests.Load("list-alerts");

        await ActionRuns.OutputAsync(PluginActions.Create("incidentio.list_alerts", Clients), Stub.Connection(), new
        {
            status = new { not_in = new[] { "resolved" } },
            deduplication_key = new Dictionary<string, string[]> { ["is"] = ["k"] },
            alert_source = new { one_of = new[] { "S" } },
            page_size = 5,
            after = "X",
        });

        var declared = Spec.Operation("/v2/alerts", "get")["parameters"]!.AsArray().Select(p => (string)p!["name"]!).ToList();
        var sent = HttpUtility.ParseQueryString(Stub.LastRequest.RawQuery!).AllKeys.Select(k => k!.Split('[')[0]).Distinct().ToList();
        var inputs = manifest["input"]!["properties"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(sent, Is.SubsetOf(declared));
            Assert.That(sent, Is.EquivalentTo(inputs), "every list input reaches the wire");
        });
    }

    [Test]
    public async Task ListQuery_EveryFilter_UsesOnlyParametersTheOperationDeclares()
    {
        Stub.ReturnsJson("GET", "/v2/incidents", IncidentPages.Page([], after: null));
        var manifest = ActionManifests.Load("list-incidents");

        await ActionRuns.OutputAsync(PluginActions.Create("incidentio.list_incidents", Clients), Stub.Connection(), new
        {
            status = new { one_of = new[] { "S" } },
            status_category = new { not_in = new[] { "closed" } },
            severity = new { one_of = new[] { "A" }, not_in = new[] { "B" }, gte = "C", lte = "D" },
            incident_type = new { not_in = new[] { "T" } },
            mode = new { one_of = new[] { "test" } },
            created_at = new { gte = "2024-05-01", lte = "2024-06-01" },
            updated_at = new { date_range = "2024-12-02~2024-12-08" },
            custom_field = new Dictionary<string, object> { ["F"] = new { one_of = new[] { "O" } } },
            filter_mode = "all",
            sort_by = "created_at_newest_first",
            after = "X",
            page_size = 10,
        });

        var declared = Spec.Operation("/v2/incidents", "get")["parameters"]!.AsArray().Select(p => (string)p!["name"]!).ToList();
        var sent = HttpUtility.ParseQueryString(Stub.LastRequest.RawQuery!).AllKeys.Select(k => k!.Split('[')[0]).Distinct().ToList();
        var inputs = manifest["input"]!["properties"]!.AsObject().Select(p => p.Key).Except(["auto_paginate", "max_results"]).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(sent, Is.SubsetOf(declared));
            Assert.That(sent, Is.EquivalentTo(inputs), "every list input but the walk's own reaches the wire");
        });
    }
}
