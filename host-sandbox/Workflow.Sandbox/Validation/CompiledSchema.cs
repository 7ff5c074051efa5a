using System.Text.Json.Nodes;
using Json.Schema;
using Workflow.Abstractions;

namespace Workflow.Sandbox.Validation;

/// <summary>A JSON Schema parsed once (at plugin load) and evaluated many times.</summary>
internal sealed class CompiledSchema
{
    // One options object per schema: evaluation registers the schema in the options' registry,
    // so sharing one across schemas would make them see each other.
    private readonly EvaluationOptions _options = new() { OutputFormat = OutputFormat.List };
    private readonly JsonSchema _schema;

    private CompiledSchema(JsonSchema schema) => _schema = schema;

    /// <summary>Parses a schema document; throws <see cref="System.Text.Json.JsonException"/> when it is not one.</summary>
    public static CompiledSchema Compile(JsonNode document) => new(JsonSchema.FromText(document.ToJsonString()));

    /// <summary>Wraps a schema that is already parsed (e.g. a registered meta-schema).</summary>
    public static CompiledSchema From(JsonSchema schema) => new(schema);

    /// <summary>All problems of <paramref name="instance"/>, each at a JSON Pointer; empty when it is valid.</summary>
    public IReadOnlyList<ActionErrorDetail> Validate(JsonNode? instance) =>
        SchemaErrors.Flatten(_schema.Evaluate(instance, _options));
}
