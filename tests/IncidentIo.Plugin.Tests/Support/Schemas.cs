using System.Text.Json.Nodes;
using IncidentPlugin.TestSupport;
using Json.Schema;

namespace IncidentIo.Plugin.Tests.Support;

/// <summary>JSON Schema 2020-12 evaluation (JsonSchema.Net) with readable error lists.</summary>
internal static class Schemas
{
    private static readonly Lazy<JsonSchema> LazyActionMeta = new(() => Register("action-manifest.schema.json"));
    private static readonly Lazy<JsonSchema> LazyPluginMeta = new(() => Register("plugin-manifest.schema.json"));
    private static readonly Lazy<JsonSchema> LazyTriggerMeta = new(() => Register("trigger-manifest.schema.json"));

    // The plugin's shared definitions (definitions/*.json), registered by $id as the host registers them for its manifests.
    private static readonly Lazy<IReadOnlyList<JsonSchema>> LazyDefinitions = new(() =>
        [.. ActionManifests.DefinitionFiles.Select(f => JsonSchema.FromFile(f)).Select(s => { SchemaRegistry.Global.Register(s); return s; })]);

    public static JsonSchema ActionManifestMeta => LazyActionMeta.Value;

    public static JsonSchema PluginManifestMeta => LazyPluginMeta.Value;

    public static JsonSchema TriggerManifestMeta => LazyTriggerMeta.Value;

    /// <summary>List output, 2020-12, and formats (date-time…) asserted, so examples are held to them.</summary>
    public static EvaluationOptions Options() => new()
    {
        EvaluateAs = SpecVersion.Draft202012,
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    /// <summary>The errors of evaluating <paramref name="instance"/>, empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, JsonNode? instance)
    {
        var result = schema.Evaluate(instance, Options());
        return result.IsValid
            ? []
            : result.Details.Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .DefaultIfEmpty("invalid")
                .ToList();
    }

    public static IReadOnlyList<string> Errors(JsonNode schema, JsonNode? instance)
    {
        _ = LazyDefinitions.Value;
        return Errors(JsonSchema.FromText(schema.ToJsonString()), instance);
    }

    private static JsonSchema Register(string fileName)
    {
        var schema = JsonSchema.FromFile(Path.Combine(RepoPaths.Manifests, "schemas", fileName));
        SchemaRegistry.Global.Register(schema);
        return schema;
    }
}
