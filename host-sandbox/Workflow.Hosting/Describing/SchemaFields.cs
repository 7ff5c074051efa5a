using System.Text.Json.Nodes;

namespace Workflow.Hosting.Describing;

/// <summary>The top-level fields of an input or output schema, as a builder would list them.</summary>
internal static class SchemaFields
{
    /// <summary>Inputs with their x-ui hints, in form order (x-ui.order, then name).</summary>
    public static JsonArray Inputs(JsonObject schema) =>
        new([.. Properties(schema)
            .OrderBy(p => p.Value?["x-ui"]?["order"]?.GetValue<int>() ?? int.MaxValue)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => Input(p.Key, p.Value, Required(schema).Contains(p.Key)))]);

    public static JsonArray Outputs(JsonObject schema) =>
        new([.. Properties(schema).Select(p => new JsonObject
        {
            ["name"] = p.Key,
            ["type"] = TypeOf(p.Value),
            ["required"] = Required(schema).Contains(p.Key),
            ["description"] = p.Value?["description"]?.DeepClone(),
        })]);

    /// <summary>"string", "string (date-time)", "array of object", "integer | null", "enum".</summary>
    public static string TypeOf(JsonNode? property)
    {
        var type = property?["type"] switch
        {
            JsonArray types => string.Join(" | ", types.Select(t => t?.GetValue<string>())),
            JsonValue value => value.GetValue<string>(),
            _ when property?["enum"] is not null => "enum",
            _ when property?["$ref"] is not null => "object",
            _ => "any",
        };
        if (property?["format"]?.GetValue<string>() is { } format)
        {
            type += $" ({format})";
        }

        return type == "array" ? $"array of {TypeOf(property?["items"])}" : type;
    }

    private static JsonObject Input(string name, JsonNode? property, bool required)
    {
        var ui = property?["x-ui"] as JsonObject;
        return new JsonObject
        {
            ["name"] = name,
            ["type"] = TypeOf(property),
            ["required"] = required,
            ["default"] = property?["default"]?.DeepClone(),
            ["description"] = property?["description"]?.DeepClone(),
            ["enum"] = property?["enum"]?.DeepClone(),
            ["label"] = ui?["label"]?.DeepClone(),
            ["order"] = ui?["order"]?.DeepClone(),
            ["group"] = ui?["group"]?.DeepClone() ?? "basic",
            ["widget"] = ui?["widget"]?.DeepClone(),
            ["placeholder"] = ui?["placeholder"]?.DeepClone(),
            ["help"] = ui?["help"]?.DeepClone(),
            ["enum_labels"] = ui?["enumLabels"]?.DeepClone(),
            ["operator_labels"] = ui?["operatorLabels"]?.DeepClone(),
            ["visible_when"] = ui?["visibleWhen"]?.DeepClone(),
            ["dynamic_options"] = ui?["dynamicOptions"]?.DeepClone(),
        };
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Properties(JsonObject schema) =>
        schema["properties"] as JsonObject ?? [];

    private static HashSet<string> Required(JsonObject schema) =>
        (schema["required"] as JsonArray ?? []).Select(n => n?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal);
}
