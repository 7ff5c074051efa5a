using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Pointer;

namespace Workflow.Hosting.Templating;

/// <summary>
/// After rendering, converts strings to the type the action's input schema asks for, where that is
/// unambiguous ("3" → 3 for integer, "true" → true for boolean, "null" → null when null is allowed).
/// Follows <c>properties</c>, <c>additionalProperties</c>, <c>items</c>, <c>prefixItems</c>, <c>allOf</c> and
/// local <c>$ref</c>. Anything else is left as it is, so validation reports it; no data is ever dropped.
/// </summary>
internal static class SchemaTypeCoercer
{
    private const int MaxRefHops = 32;

    /// <summary>A coerced copy of <paramref name="value"/>; <paramref name="value"/> itself is not changed.</summary>
    public static JsonNode? Coerce(JsonNode? value, JsonNode? schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return Coerce(value?.DeepClone(), schema, schema, 0);
    }

    private static JsonNode? Coerce(JsonNode? value, JsonNode? schema, JsonNode root, int refHops)
    {
        if (schema is not JsonObject keywords)
            return value; // boolean schema or missing: nothing to go by

        if (keywords["$ref"] is JsonValue reference && refHops < MaxRefHops && Resolve(root, reference) is { } target)
            value = Coerce(value, target, root, refHops + 1);
        if (keywords["allOf"] is JsonArray all)
            value = all.Aggregate(value, (current, part) => Coerce(current, part, root, refHops));

        return value switch
        {
            JsonValue text when text.GetValueKind() == JsonValueKind.String =>
                SchemaStringConversion.TryConvert(text.GetValue<string>(), keywords["type"], out var converted) ? converted : value,
            JsonObject obj => CoerceProperties(obj, keywords, root),
            JsonArray array => CoerceItems(array, keywords, root),
            _ => value,
        };
    }

    private static JsonObject CoerceProperties(JsonObject obj, JsonObject keywords, JsonNode root)
    {
        var properties = keywords["properties"] as JsonObject;
        // Replaced in place, so the members keep their order; a member without a schema comes back as it was.
        foreach (var key in obj.Select(p => p.Key).ToList())
            obj[key] = Coerce(obj[key], properties?[key] ?? keywords["additionalProperties"], root, 0);

        return obj;
    }

    private static JsonArray CoerceItems(JsonArray array, JsonObject keywords, JsonNode root)
    {
        var prefix = keywords["prefixItems"] as JsonArray;
        var items = array.ToList();
        array.Clear();
        for (var i = 0; i < items.Count; i++)
        {
            var itemSchema = prefix is not null && i < prefix.Count ? prefix[i] : keywords["items"];
            array.Add(Coerce(items[i], itemSchema, root, 0)); // no schema: the item as it was
        }

        return array;
    }

    private static JsonNode? Resolve(JsonNode root, JsonValue reference)
    {
        var text = reference.GetValueKind() == JsonValueKind.String ? reference.GetValue<string>() : null;
        if (text is null || !text.StartsWith('#') || !JsonPointer.TryParse(text, out var pointer))
            return null; // only local references; remote ones are left to the validator
        return pointer!.TryEvaluate(root, out var target) ? target : null;
    }
}
