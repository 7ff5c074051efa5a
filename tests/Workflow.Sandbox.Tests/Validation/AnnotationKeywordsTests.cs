using System.Text.Json.Nodes;
using IncidentPlugin.TestSupport;
using Json.Schema;
using Workflow.Sandbox.Validation;

namespace Workflow.Sandbox.Tests.Validation;

public class AnnotationKeywordsTests
{
    private static IEnumerable<string> RepoActionManifests() =>
        Directory.GetFiles(RepoPaths.Manifests, "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "actions")
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f));

    [Test]
    public void Strip_PropertyNamedLikeAnAnnotation_PropertyKeptItsAnnotationsRemoved()
    {
        var schema = JsonNode.Parse("""{"title":"t","properties":{"description":{"type":"string","description":"d","default":"x"}},"required":["description"]}""")!;

        var stripped = AnnotationKeywords.Strip(schema);

        Assert.That(stripped.ToJsonString(), Is.EqualTo("""{"properties":{"description":{"type":"string"}},"required":["description"]}"""));
        Assert.That(schema["title"], Is.Not.Null, "the manifest's own document is not changed");
    }

    [Test]
    public void Strip_ReferenceIntoAnAnnotation_SchemaKeptWhole()
    {
        var schema = JsonNode.Parse("""{"default":{"type":"integer"},"properties":{"a":{"$ref":"#/default"}}}""")!;

        Assert.That(AnnotationKeywords.Strip(schema).ToJsonString(), Is.EqualTo(schema.ToJsonString()));
    }

    [TestCaseSource(nameof(RepoActionManifests))]
    public void Compile_RepoManifest_SameProblemsAsTheFullSchema(string relativePath)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath)))!;
        var instances = (manifest["examples"] as JsonArray ?? []).SelectMany(e => new[] { e!["input"], e["output"] })
            .SelectMany(i => new[] { i, Mutate(i, drop: false), Mutate(i, drop: true) }).ToList();

        foreach (var part in new[] { "input", "output" })
        {
            var full = CompiledSchema.From(JsonSchema.FromText(manifest[part]!.ToJsonString()));
            var stripped = CompiledSchema.Compile(manifest[part]!);
            foreach (var instance in instances)
            {
                Assert.That(stripped.Validate(instance), Is.EqualTo(full.Validate(instance)), $"{part} on {instance?.ToJsonString()}");
            }
        }

        Assert.That(instances, Is.Not.Empty);
    }

    // Every string becomes a number and (with drop) every object loses its first property: many kinds of error.
    private static JsonNode? Mutate(JsonNode? node, bool drop) => node switch
    {
        JsonObject o => new JsonObject(o.Skip(drop ? 1 : 0).Select(p => KeyValuePair.Create(p.Key, Mutate(p.Value, drop)))),
        JsonArray a => new JsonArray([.. a.Select(i => Mutate(i, drop))]),
        JsonValue v when v.TryGetValue<string>(out _) => JsonValue.Create(7),
        _ => node?.DeepClone(),
    };
}
