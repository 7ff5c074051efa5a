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
    /// <param name="document">The schema.</param>
    /// <param name="shared">The plugin's shared definitions its <c>$ref</c>s may point into; none when null.</param>
    public static CompiledSchema Compile(JsonNode document, SharedDefinitions? shared = null) =>
        new(() => new(JsonSchema.FromText(AnnotationKeywords.Strip(document).ToJsonString()), document, shared));

    /// <summary>Wraps a schema that is already parsed (e.g. a registered meta-schema).</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="shared">Shared definitions its <c>$ref</c>s may point into; none when null.</param>
    public static CompiledSchema From(JsonSchema schema, SharedDefinitions? shared = null) => new(() => new(schema, document: null, shared));

    /// <summary>Parses the schema now; throws <see cref="System.Text.Json.JsonException"/> or <see cref="JsonSchemaException"/> when it is not one.</summary>
    public void EnsureCompiled() => _ = _evaluator.Value;

    /// <summary>
    /// The problems of <paramref name="instance"/>, one per real defect, each at a JSON Pointer with the failed keyword as
    /// its code (chosen by <see cref="ErrorSelection"/>); empty when it is valid. A value JsonSchema.Net cannot read
    /// (<c>1e400</c>, an escaped lone surrogate) is a problem at its pointer (<see cref="UnreadableValues"/>); a schema it
    /// cannot apply (a <c>multipleOf</c> below decimal's precision) is one problem at the root, code <c>unreadable</c>. Never throws for either.
    /// </summary>
    public IReadOnlyList<ActionErrorDetail> Validate(JsonNode? instance) =>
        Evaluate(instance, (evaluator, results) => ErrorSelection.Select(results, evaluator.Lookup), OutputFormat.Hierarchical);

    /// <summary>Every failed keyword of <paramref name="instance"/> (<see cref="SchemaErrors"/>): the raw list behind <c>--verbose</c>.</summary>
    public IReadOnlyList<ActionErrorDetail> ValidateAll(JsonNode? instance) =>
        Evaluate(instance, (_, results) => SchemaErrors.Flatten(results), OutputFormat.List);

    private IReadOnlyList<ActionErrorDetail> Evaluate(
        JsonNode? instance, Func<Evaluator, EvaluationResults, IReadOnlyList<ActionErrorDetail>> report, OutputFormat format)
    {
        var evaluator = _evaluator.Value;
        try
        {
            var options = format == evaluator.Options.OutputFormat ? evaluator.Options : evaluator.ListOptions;
            return report(evaluator, evaluator.Schema.Evaluate(instance, options));
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArithmeticException or ArgumentException)
        {
            // JsonSchema.Net throws on values it cannot read (1e400, "\uD800"): name them instead of crashing. It also throws
            // on a schema it cannot apply (a multipleOf that rounds to decimal's 0 divides by zero): one problem at the root.
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
        public Evaluator(JsonSchema schema, JsonNode? document, SharedDefinitions? shared)
        {
            Schema = schema;
            Options.SchemaRegistry.Register(schema);
            shared?.RegisterIn(Options.SchemaRegistry);
            ListOptions = EvaluationOptions.From(Options);
            ListOptions.OutputFormat = OutputFormat.List;
            Lookup = new SchemaLookup(schema.BaseUri, document, Options.SchemaRegistry);
        }

        public JsonSchema Schema { get; }

        // Hierarchical: the selection needs to know which branch a failure belongs to and whether that branch's parent passed.
        public EvaluationOptions Options { get; } = new() { OutputFormat = OutputFormat.Hierarchical };

        public EvaluationOptions ListOptions { get; }

        public SchemaLookup Lookup { get; }
    }
}
