using System.Text.Json.Nodes;
using IncidentPlugin.TestSupport;
using Json.Schema;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Validation;

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
    public void Strip_EveryAnnotationInEverySubschemaPlace_RemovedAndValuesKept()
    {
        var stripped = AnnotationKeywords.Strip(EverySubschemaPlace(annotated: true));

        Assert.That(stripped.ToJsonString(), Is.EqualTo(EverySubschemaPlace(annotated: false).ToJsonString()));
    }

    [TestCase("$ref")]
    [TestCase("$dynamicRef")]
    public void Strip_ReferenceInAListIntoAnAnnotation_SchemaKeptWhole(string keyword)
    {
        var schema = JsonNode.Parse($$"""{"examples":[{"type":"integer"}],"title":"t","allOf":[true,{"{{keyword}}":"#/examples/0"}]}""")!;

        Assert.That(AnnotationKeywords.Strip(schema).ToJsonString(), Is.EqualTo(schema.ToJsonString()));
    }

    [Test]
    public void Strip_ReferenceToADefinitionNamedLikeNoAnnotation_Stripped()
    {
        var schema = JsonNode.Parse("""{"title":"t","$defs":{"heading":{"type":"string"}},"$ref":"#/$defs/heading"}""")!;

        Assert.That(AnnotationKeywords.Strip(schema).ToJsonString(), Is.EqualTo("""{"$defs":{"heading":{"type":"string"}},"$ref":"#/$defs/heading"}"""));
    }

    [Test]
    public void Strip_ReferenceIntoAnAnnotation_SchemaKeptWhole()
    {
        var schema = JsonNode.Parse("""{"default":{"type":"integer"},"properties":{"a":{"$ref":"#/default"}}}""")!;

        Assert.That(AnnotationKeywords.Strip(schema).ToJsonString(), Is.EqualTo(schema.ToJsonString()));
    }

    [TestCase("https://json-schema.org/draft/2020-12/schema", null, false)]
    [TestCase("https://json-schema.org/draft/2019-09/schema", null, true)]
    [TestCase(null, null, true)]
    [TestCase("https://json-schema.org/draft/2020-12/schema", "https://json-schema.org/draft/2019-09/schema", true)]
    public void Strip_Format_RemovedOnlyWhereEveryDialectIs202012(string? dialect, string? embeddedDialect, bool kept)
    {
        var schema = new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["at"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
                ["format"] = new JsonObject { ["type"] = "string" },
                ["inner"] = new JsonObject { ["$id"] = "https://example.invalid/inner", ["$schema"] = embeddedDialect },
            },
        };
        if (dialect is not null)
        {
            schema["$schema"] = dialect;
        }

        if (embeddedDialect is null)
        {
            schema["properties"]!["inner"]!.AsObject().Remove("$schema");
        }

        var stripped = AnnotationKeywords.Strip(schema);

        Assert.That(stripped["properties"]!["at"]!["format"] is not null, Is.EqualTo(kept));
        Assert.That(stripped["properties"]!["format"], Is.Not.Null, "a property named format is not the keyword");
    }

    [Test]
    public void Validate_2020SchemaBrokenFormat_NoProblemWithOrWithoutFormat()
    {
        var schema = JsonNode.Parse("""{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","properties":{"at":{"type":"string","format":"date-time"},"mail":{"type":"string","format":"email"}}}""")!;
        var instance = new JsonObject { ["at"] = "yesterday", ["mail"] = "nobody" };

        var full = CompiledSchema.From(JsonSchema.FromText(schema.ToJsonString()));

        Assert.That(full.Validate(instance), Is.Empty, "format only annotates in 2020-12: the host never asserted it");
        Assert.That(CompiledSchema.Compile(schema).Validate(instance), Is.Empty);
        Assert.That(CompiledSchema.Compile(schema).Validate(new JsonObject { ["at"] = 1 }).Single().Field, Is.EqualTo("/at"));
    }

    [TestCaseSource(nameof(RepoActionManifests))]
    public void Compile_RepoManifest_SameProblemsAsTheFullSchema(string relativePath)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath)))!;
        var pluginFolder = Path.GetDirectoryName(Path.GetDirectoryName(Path.Combine(RepoPaths.Root, relativePath)))!;
        var shared = SharedDefinitionLoader.Load("plugin", pluginFolder, new ProblemCollector(pluginFolder));
        var instances = (manifest["examples"] as JsonArray ?? []).SelectMany(e => new[] { e!["input"], e["output"] })
            .SelectMany(i => new[] { i, Mutate(i, drop: false), Mutate(i, drop: true), BreakFormats(i) }).ToList();

        foreach (var part in new[] { "input", "output" })
        {
            var full = CompiledSchema.From(JsonSchema.FromText(manifest[part]!.ToJsonString()), shared);
            var stripped = CompiledSchema.Compile(manifest[part]!, shared);
            foreach (var instance in instances)
            {
                Assert.That(stripped.Validate(instance), Is.EqualTo(full.Validate(instance)), $"{part} on {instance?.ToJsonString()}");
            }
        }

        Assert.That(instances, Is.Not.Empty);
    }

    // A schema with a string subschema in each place one can be, each (and the root) with every annotation when annotated;
    // "const" and "enum" hold values that look like (maps of) annotated schemas and must stay as they are.
    private static JsonObject EverySubschemaPlace(bool annotated)
    {
        JsonObject Annotate(JsonObject schema)
        {
            if (annotated)
            {
                foreach (var (keyword, value) in new (string, JsonNode)[]
                         {
                             ("title", "t"), ("description", "d"), ("examples", new JsonArray(1)), ("$comment", "c"), ("deprecated", true),
                             ("readOnly", true), ("writeOnly", false), ("default", 0),
                         })
                {
                    schema[keyword] = value;
                }
            }

            return schema;
        }

        JsonObject Text() => Annotate(new JsonObject { ["type"] = "string" });

        var schema = Annotate([]);
        foreach (var keyword in new[] { "properties", "patternProperties", "$defs", "definitions", "dependentSchemas" })
        {
            schema[keyword] = new JsonObject { ["a"] = Text() };
        }

        foreach (var keyword in new[] { "items", "additionalItems", "not", "if", "then", "else", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "contains", "propertyNames" })
        {
            schema[keyword] = Text();
        }

        foreach (var keyword in new[] { "prefixItems", "allOf", "anyOf", "oneOf" })
        {
            schema[keyword] = new JsonArray(true, Text());
        }

        schema["const"] = new JsonObject { ["a"] = new JsonObject { ["title"] = "kept" } };
        schema["enum"] = new JsonArray(new JsonObject { ["description"] = "kept" });
        return schema;
    }

    // Every string becomes one that no format accepts (date-time, uri, email, ...): the stripped schema has no format.
    private static JsonNode? BreakFormats(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, BreakFormats(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(BreakFormats)]),
        JsonValue v when v.TryGetValue<string>(out _) => JsonValue.Create("not a date, a URI or an email"),
        _ => node?.DeepClone(),
    };

    // Every string becomes a number and (with drop) every object loses its first property: many kinds of error.
    private static JsonNode? Mutate(JsonNode? node, bool drop) => node switch
    {
        JsonObject o => new JsonObject(o.Skip(drop ? 1 : 0).Select(p => KeyValuePair.Create(p.Key, Mutate(p.Value, drop)))),
        JsonArray a => new JsonArray([.. a.Select(i => Mutate(i, drop))]),
        JsonValue v when v.TryGetValue<string>(out _) => JsonValue.Create(7),
        _ => node?.DeepClone(),
    };

    [Test]
    public void Strip_Format_KeptWhenAnArrayItemDeclaresAnotherDialect()
    {
        var schema = JsonNode.Parse("""
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "properties": { "at": { "type": "string", "format": "date-time" } },
              "allOf": [ { "type": "object" }, { "$id": "https://example.invalid/inner", "$schema": "https://json-schema.org/draft/2019-09/schema" } ]
            }
            """)!;

        Assert.That(AnnotationKeywords.Strip(schema)["properties"]!["at"]!["format"]?.GetValue<string>(), Is.EqualTo("date-time"));
    }
}
