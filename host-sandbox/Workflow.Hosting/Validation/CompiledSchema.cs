using System.Text.Json.Nodes;
using Json.Schema;
using Workflow.Abstractions;

namespace Workflow.Hosting.Validation;

/// <summary>
/// A JSON Schema parsed once, on first use, and evaluated many times. Parsing is deferred so that
/// commands that only read manifests (list, describe) never pay for JsonSchema.Net; the first
/// validation parses it, once, even when several threads ask at the same time.
/// </summary>
internal sealed class CompiledSchema
{
    private readonly Lazy<Evaluator> _evaluator;

    private CompiledSchema(Func<Evaluator> create) => _evaluator = new(create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True once the schema has been parsed.</summary>
    public bool IsCompiled => _evaluator.IsValueCreated;

    /// <summary>A schema document without its annotation-only keywords (<see cref="AnnotationKeywords"/>), parsed at its first use (<see cref="EnsureCompiled"/> or <see cref="Validate"/>).</summary>
    public static CompiledSchema Compile(JsonNode document) =>
        new(() => new(JsonSchema.FromText(AnnotationKeywords.Strip(document).ToJsonString())));

    /// <summary>Wraps a schema that is already parsed (e.g. a registered meta-schema).</summary>
    public static CompiledSchema From(JsonSchema schema) => new(() => new(schema));

    /// <summary>Parses the schema now; throws <see cref="System.Text.Json.JsonException"/> or <see cref="JsonSchemaException"/> when it is not one.</summary>
    public void EnsureCompiled() => _ = _evaluator.Value;

    /// <summary>All problems of <paramref name="instance"/>, each at a JSON Pointer; empty when it is valid.</summary>
    public IReadOnlyList<ActionErrorDetail> Validate(JsonNode? instance)
    {
        var evaluator = _evaluator.Value;
        try
        {
            return SchemaErrors.Flatten(evaluator.Schema.Evaluate(instance, evaluator.Options));
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or OverflowException or ArgumentException)
        {
            // JsonSchema.Net throws on values it cannot read (1e400, "\uD800"): name them instead of crashing.
            var unreadable = UnreadableValues.Find(instance);
            return unreadable.Count > 0 ? unreadable : [new ActionErrorDetail("", $"cannot be validated: {ex.Message}", "unreadable")];
        }
    }

    // One options object per schema, reused for every evaluation, with the schema registered in its registry once.
    // JsonSchema.Net 7.4's Evaluate copies the options and registers the schema in the copy's registry, which walks
    // the whole schema (every subschema, $id, anchor, dialect) on every call unless the registry it copied from
    // already holds that schema: registering it here saves that walk (10–15% of an incident's evaluation).
    private sealed class Evaluator
    {
        public Evaluator(JsonSchema schema)
        {
            Schema = schema;
            Options.SchemaRegistry.Register(schema);
        }

        public JsonSchema Schema { get; }

        public EvaluationOptions Options { get; } = new() { OutputFormat = OutputFormat.List };
    }
}
