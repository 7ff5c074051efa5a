using System.Text.Json.Nodes;

namespace Workflow.Sandbox.Validation;

/// <summary>
/// Removes the keywords that only annotate (title, description, examples, ...) from a schema before it is
/// compiled. They never change whether an instance is valid or which errors it gets, but JsonSchema.Net
/// evaluates each one as an annotation: on the incident.io output schemas (half their bytes are descriptions)
/// removing them makes an evaluation 10–20% faster and allocate a sixth less.
/// </summary>
internal static class AnnotationKeywords
{
    private static readonly string[] Removed = ["title", "description", "examples", "$comment", "deprecated", "readOnly", "writeOnly", "default"];

    // Keywords whose value is a map of names to subschemas, and those whose value is a subschema or an array of them.
    private static readonly HashSet<string> SchemaMaps = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
    private static readonly HashSet<string> Subschemas =
        ["items", "prefixItems", "additionalItems", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "additionalProperties",
         "unevaluatedProperties", "unevaluatedItems", "contains", "propertyNames"];

    /// <summary>A copy of <paramref name="schema"/> without annotation-only keywords; the schema itself when a reference points into one.</summary>
    public static JsonNode Strip(JsonNode schema)
    {
        if (ReferencesAnnotation(schema))
        {
            return schema;
        }

        var copy = schema.DeepClone();
        StripSchema(copy);
        return copy;
    }

    private static void StripSchema(JsonNode? node)
    {
        if (node is not JsonObject schema)
        {
            return; // true/false schemas
        }

        foreach (var keyword in Removed)
        {
            schema.Remove(keyword);
        }

        foreach (var (keyword, value) in schema)
        {
            if (SchemaMaps.Contains(keyword) && value is JsonObject map)
            {
                foreach (var (_, subschema) in map)
                {
                    StripSchema(subschema);
                }
            }
            else if (Subschemas.Contains(keyword))
            {
                foreach (var subschema in value is JsonArray array ? [.. array] : new[] { value })
                {
                    StripSchema(subschema);
                }
            }
        }
    }

    // A $ref such as "#/properties/a/default" would lose its target: keep such a schema whole.
    private static bool ReferencesAnnotation(JsonNode? node) => node switch
    {
        JsonObject o => o.Any(p => (p.Key is "$ref" or "$dynamicRef" && p.Value is JsonValue v && v.TryGetValue<string>(out var target)
                                    && Removed.Any(k => target.Contains($"/{k}", StringComparison.Ordinal)))
                                   || ReferencesAnnotation(p.Value)),
        JsonArray a => a.Any(ReferencesAnnotation),
        _ => false,
    };
}
