using System.Text.Json.Nodes;
using Json.Pointer;
using Json.Schema;

namespace Workflow.Hosting.Workflows;

/// <summary>Validates a workflow document against <c>workflow.schema.json</c>; every error with its JSON Pointer.</summary>
internal sealed class WorkflowSchemaValidator(JsonSchema schema, JsonNode schemaDocument)
{
    /// <summary>A validator for the schema text (kept as JSON too, to quote patterns in messages).</summary>
    public static WorkflowSchemaValidator FromText(string schemaText) =>
        new(JsonSchema.FromText(schemaText), JsonNode.Parse(schemaText) ?? throw new ArgumentException("The schema is null.", nameof(schemaText)));

    /// <summary>Every schema error (none when valid).</summary>
    public IReadOnlyList<WorkflowError> Validate(JsonNode? root)
    {
        var results = schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
            return [];
        return [.. (results.HasDetails ? results.Details : [results])
            .Where(unit => unit.HasErrors)
            .SelectMany(unit => unit.Errors!.Select(e => ToError(unit, e.Key, e.Value)))
            .Distinct()];
    }

    private WorkflowError ToError(EvaluationResults unit, string keyword, string message)
    {
        var pointer = unit.InstanceLocation.ToString();
        if (keyword == "pattern" && KeywordValue(unit, keyword) is { } pattern)
            return new(pointer, $"pattern: the value must match {pattern}.");
        if (keyword.Length > 0)
            return new(pointer, $"{keyword}: {message}");

        // A false subschema reports no keyword; name the one that led to it (additionalProperties here).
        var via = unit.EvaluationPath.Count > 0 ? unit.EvaluationPath[^1] : "";
        var property = unit.InstanceLocation.Count > 0 ? unit.InstanceLocation[^1] : "";
        return via == "additionalProperties"
            ? new(pointer, $"additionalProperties: '{property}' is not an allowed property (extensions must start with 'x-').")
            : new(pointer, $"{via}: {message}");
    }

    private string? KeywordValue(EvaluationResults unit, string keyword)
    {
        // The unit's schema location points at the subschema; the keyword's value sits under it.
        var fragment = Uri.UnescapeDataString(unit.SchemaLocation.Fragment) + "/" + keyword;
        return JsonPointer.TryParse(fragment, out var location) &&
               location!.TryEvaluate(schemaDocument, out var value) && value is JsonValue text && text.TryGetValue<string>(out var keywordText)
            ? keywordText
            : null;
    }
}
