using System.Text.Json.Nodes;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Manifests;

[TestFixture]
public sealed class ActionManifestTests
{
    private static readonly string[] UiHints = ["label", "order", "group", "widget", "placeholder", "help"];

    private static IEnumerable<string> Stems() => ActionManifests.Stems;

    private static IEnumerable<TestCaseData> Examples() =>
        ActionManifests.Stems.SelectMany(stem => ActionManifests.Load(stem)["examples"]!.AsArray()
            .Select((example, i) => new TestCaseData(stem, i).SetArgDisplayNames(stem, (string?)example!["title"] ?? $"#{i}")));

    [TestCaseSource(nameof(Stems))]
    public void Manifest_AgainstTheActionMetaSchema_IsValid(string stem) =>
        Assert.That(Schemas.Errors(Schemas.ActionManifestMeta, ActionManifests.Load(stem)), Is.Empty);

    [TestCaseSource(nameof(Examples))]
    public void Example_InputAndOutput_ValidateAgainstTheManifestsOwnSchemas(string stem, int index)
    {
        var manifest = ActionManifests.Load(stem);
        var example = manifest["examples"]![index]!;

        Assert.Multiple(() =>
        {
            Assert.That(Schemas.Errors(manifest["input"]!, example["input"]), Is.Empty, "input");
            Assert.That(Schemas.Errors(manifest["output"]!, example["output"]), Is.Empty, "output");
        });
    }

    [TestCaseSource(nameof(Stems))]
    public void Input_EveryProperty_HasEveryUiHintAndNoOthersAreAllowed(string stem)
    {
        var input = ActionManifests.Load(stem)["input"]!.AsObject();

        Assert.That((bool?)input["additionalProperties"], Is.False, "inputs are closed");
        foreach (var (name, property) in input["properties"]!.AsObject())
        {
            var ui = property!["x-ui"]?.AsObject();
            Assert.That(ui, Is.Not.Null, $"{name} has no x-ui");
            Assert.That(UiHints.Where(hint => !ui!.ContainsKey(hint)), Is.Empty, $"{name} lacks hints");
        }
    }

    [TestCaseSource(nameof(Stems))]
    public void Output_NoField_IsAClosedEnum(string stem)
    {
        // incident.io adds enum values at any time; outputs list the known ones in descriptions instead.
        var output = ActionManifests.Load(stem)["output"]!;

        Assert.That(Keywords(output).Where(k => k == "enum"), Is.Empty);
    }

    private static IEnumerable<string> Keywords(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Keywords(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(Keywords),
        _ => [],
    };
}
