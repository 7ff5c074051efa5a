using System.Text.Json.Nodes;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Contract;

// Fed incident.io's own example responses, every action's output satisfies its manifest; and the
// manifests' examples are real: served as the API body, each one comes back as exactly that output.
[TestFixture]
public sealed class ActionOutputsContractTests : SpecFixture
{
    private static readonly Dictionary<string, (string SpecPath, string StubPath)> Endpoints = new()
    {
        ["list-severities"] = ("/v1/severities", "/v1/severities"),
        ["list-incident-statuses"] = ("/v1/incident_statuses", "/v1/incident_statuses"),
        ["list-incident-types"] = ("/v1/incident_types", "/v1/incident_types"),
        ["get-incident"] = ("/v2/incidents/{id}", "/v2/incidents/*"),
        ["test-connection"] = ("/v1/severities", "/v1/severities"),
    };

    private static IEnumerable<string> Stems() => Endpoints.Keys.Order(StringComparer.Ordinal);

    private static IEnumerable<TestCaseData> ApiShapedExamples() =>
        Endpoints.Keys.Where(stem => stem != "test-connection")
            .SelectMany(stem => ActionManifests.Load(stem)["examples"]!.AsArray()
                .Select((e, i) => new TestCaseData(stem, i).SetArgDisplayNames(stem, (string?)e!["title"] ?? $"#{i}")));

    [TestCaseSource(nameof(Stems))]
    public async Task Output_FromTheSpecsExampleResponse_ValidatesAgainstTheManifest(string stem)
    {
        var manifest = ActionManifests.Load(stem);
        var (specPath, stubPath) = Endpoints[stem];
        Stub.ReturnsJson("GET", stubPath, Spec.ResponseExample(specPath, "get"));

        var output = await ActionRuns.OutputAsync(
            PluginActions.Create((string)manifest["id"]!, Clients), Stub.Connection(), manifest["examples"]![0]!["input"]);

        Assert.That(Schemas.Errors(manifest["output"]!, output), Is.Empty);
    }

    [TestCaseSource(nameof(ApiShapedExamples))]
    public async Task Example_ServedAsTheApiBody_IsExactlyTheActionsOutput(string stem, int index)
    {
        var manifest = ActionManifests.Load(stem);
        var example = manifest["examples"]![index]!;
        Stub.ReturnsJson("GET", Endpoints[stem].StubPath, example["output"]!.DeepClone());

        var output = await ActionRuns.OutputAsync(PluginActions.Create((string)manifest["id"]!, Clients), Stub.Connection(), example["input"]);

        Assert.That(JsonNode.DeepEquals(output, example["output"]), Is.True, output.ToJsonString());
    }

    [Test]
    public async Task TestConnection_Example_IsWhatTheSpecsSeveritiesExampleGives()
    {
        var manifest = ActionManifests.Load("test-connection");
        Stub.ReturnsJson("GET", "/v1/severities", Spec.ResponseExample("/v1/severities", "get"));

        var output = await ActionRuns.OutputAsync(PluginActions.Create("incidentio.test_connection", Clients), Stub.Connection());

        Assert.That(JsonNode.DeepEquals(output, manifest["examples"]![0]!["output"]), Is.True, output.ToJsonString());
    }
}
