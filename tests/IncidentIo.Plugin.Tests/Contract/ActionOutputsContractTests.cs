using System.Text.Json.Nodes;
using IncidentIo.Plugin.Actions.TestConnection;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Contract;

// Fed incident.io's own example responses, every action's output satisfies its manifest; and the
// manifests' examples are real: served as the API body, each one comes back as exactly that output.
[TestFixture]
public sealed class ActionOutputsContractTests : SpecFixture
{
    private static readonly Dictionary<string, (string SpecPath, string Method, string StubPath)> Endpoints = new()
    {
        ["list-severities"] = ("/v1/severities", "GET", "/v1/severities"),
        ["list-incident-statuses"] = ("/v1/incident_statuses", "GET", "/v1/incident_statuses"),
        ["list-incident-types"] = ("/v1/incident_types", "GET", "/v1/incident_types"),
        ["get-incident"] = ("/v2/incidents/{id}", "GET", "/v2/incidents/*"),
        ["test-connection"] = ("/v1/severities", "GET", "/v1/severities"),
        ["create-incident"] = ("/v2/incidents", "POST", "/v2/incidents"),
        ["update-incident"] = ("/v2/incidents/{id}/actions/edit", "POST", "/v2/incidents/*/actions/edit"),
        ["list-incidents"] = ("/v2/incidents", "GET", "/v2/incidents"),
        ["call-api"] = ("/v1/identity", "GET", "/v1/identity"),
        ["list-escalations"] = ("/v2/escalations", "GET", "/v2/escalations"),
        ["list-schedules"] = ("/v2/schedules", "GET", "/v2/schedules"),
        ["get-on-call"] = ("/v2/schedule_entries", "GET", "/v2/schedule_entries"),
    };

    // Outputs that are the API body itself ({incident}, {severities}…); list_incidents and call_api reshape theirs.
    private static readonly string[] Reshaped = ["test-connection", "list-incidents", "call-api", "list-escalations", "list-schedules", "get-on-call"];

    private static IEnumerable<string> Stems() => Endpoints.Keys.Order(StringComparer.Ordinal);

    private static IEnumerable<TestCaseData> Examples(params string[] stems) =>
        stems.SelectMany(stem => ActionManifests.Load(stem)["examples"]!.AsArray()
            .Select((e, i) => new TestCaseData(stem, i).SetArgDisplayNames(stem, (string?)e!["title"] ?? $"#{i}")));

    private static IEnumerable<TestCaseData> ListExamples() => Examples("list-incidents");

    private static IEnumerable<TestCaseData> CallApiExamples() => Examples("call-api");

    private static IEnumerable<TestCaseData> ApiShapedExamples() =>
        Endpoints.Keys.Where(stem => !Reshaped.Contains(stem))
            .SelectMany(stem => ActionManifests.Load(stem)["examples"]!.AsArray()
                .Select((e, i) => new TestCaseData(stem, i).SetArgDisplayNames(stem, (string?)e!["title"] ?? $"#{i}")));

    [TestCaseSource(nameof(Stems))]
    public async Task Output_FromTheSpecsExampleResponse_ValidatesAgainstTheManifest(string stem)
    {
        var manifest = ActionManifests.Load(stem);
        var (specPath, method, stubPath) = Endpoints[stem];
        Stub.ReturnsJson(method, stubPath, Spec.ResponseExample(specPath, method));

        var output = await ActionRuns.OutputAsync(
            PluginActions.Create((string)manifest["id"]!, Clients), Stub.Connection(), manifest["examples"]![0]!["input"]);

        Assert.That(Schemas.Errors(manifest["output"]!, output), Is.Empty);
    }

    [TestCaseSource(nameof(ApiShapedExamples))]
    public async Task Example_ServedAsTheApiBody_IsExactlyTheActionsOutput(string stem, int index)
    {
        var manifest = ActionManifests.Load(stem);
        var example = manifest["examples"]![index]!;
        Stub.ReturnsJson(Endpoints[stem].Method, Endpoints[stem].StubPath, example["output"]!.DeepClone());
        NameBodies.Stub(Stub);

        var output = await ActionRuns.OutputAsync(PluginActions.Create((string)manifest["id"]!, Clients), Stub.Connection(), example["input"]);

        Assert.That(JsonNode.DeepEquals(output, example["output"]), Is.True, output.ToJsonString());
    }

    [TestCaseSource(nameof(ListExamples))]
    public async Task ListIncidents_ExampleServedAsOneApiPage_IsExactlyTheActionsOutput(string stem, int index)
    {
        var example = ActionManifests.Load(stem)["examples"]![index]!;
        var output = example["output"]!;
        var meta = new JsonObject { ["page_size"] = 25, ["after"] = output["next_cursor"]?.DeepClone(), ["total_record_count"] = output["total_record_count"]?.DeepClone() };
        Stub.ReturnsJson("GET", "/v2/incidents", new JsonObject { ["incidents"] = output["incidents"]!.DeepClone(), ["pagination_meta"] = meta });

        var actual = await ActionRuns.OutputAsync(PluginActions.Create("incidentio.list_incidents", Clients), Stub.Connection(), example["input"]);

        Assert.That(JsonNode.DeepEquals(actual, output), Is.True, actual.ToJsonString());
    }

    [TestCaseSource(nameof(CallApiExamples))]
    public async Task CallApi_ExampleServedWithItsStatusAndHeaders_IsExactlyTheActionsOutput(string stem, int index)
    {
        var example = ActionManifests.Load(stem)["examples"]![index]!;
        var output = example["output"]!;
        var headers = output["headers"]!.AsObject().Select(h => (h.Key, (string)h.Value!)).Append(("X-Request-Id", (string)output["request_id"]!));
        Stub.Returns((string)example["input"]!["method"]!, (string)example["input"]!["path"]!, (int)output["status"]!,
            output["body"]!.ToJsonString(), [.. headers]);

        var actual = await ActionRuns.OutputAsync(PluginActions.Create("incidentio.call_api", Clients), Stub.Connection(), example["input"]);

        Assert.That(JsonNode.DeepEquals(actual, output), Is.True, actual.ToJsonString());
    }

    // The first example shows a few of the report's entries: each is exactly what the action reports for the same answers
    // (the spec's severities, the example's identity, a 403 from the alerts probe and 200 from the others).
    [Test]
    public async Task TestConnection_Example_EachEntryIsWhatTheActionReportsForTheSameAnswers()
    {
        var example = ActionManifests.Load("test-connection")["examples"]![0]!["output"]!;
        Stub.ReturnsJson("GET", "/v1/severities", Spec.ResponseExample("/v1/severities", "get"));
        Stub.ReturnsJson("GET", "/v1/identity", new JsonObject { ["identity"] = example["identity"]!.DeepClone() });
        foreach (var path in ScopeProbes.Scopes.Select(s => ScopeProbes.For(s)!.Operation.Path).Where(p => p != "/v1/severities").Distinct())
        {
            Stub.Returns("GET", path, path == "/v2/alerts" ? 403 : 200, path == "/v2/alerts" ? IncidentIoErrorBodies.Of("authorization_error", 403, "x", "no") : "{}");
        }

        var output = await ActionRuns.OutputAsync(PluginActions.Create("incidentio.test_connection", Clients), Stub.Connection());

        Assert.Multiple(() =>
        {
            foreach (var field in new[] { "valid", "severity_count", "identity" })
            {
                Assert.That(JsonNode.DeepEquals(output[field], example[field]), Is.True, field);
            }

            Assert.That((string?)output["message"], Does.StartWith(((string)example["message"]!)[..((string)example["message"]!).IndexOf(" Of ", StringComparison.Ordinal)]));
            foreach (var (list, key) in new[] { ("scopes", "scope"), ("actions", "action") })
            {
                foreach (var entry in example[list]!.AsArray())
                {
                    var actual = output[list]!.AsArray().SingleOrDefault(n => (string?)n![key] == (string?)entry![key]);
                    Assert.That(JsonNode.DeepEquals(actual, entry), Is.True, $"{list}: {actual?.ToJsonString()}");
                }
            }
        });
    }
}
