using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflow.Sandbox.Tests.Reliability.BadInput;

/// <summary>One input property as the generator sees it: its type (or enum), and what a value must not be.</summary>
internal sealed record SchemaProperty(string Name, string? Type, bool IsEnum, bool Constrained, JsonObject? Items, bool ClosedObject)
{
    /// <summary>The top-level properties of an input schema, with local $ref items resolved.</summary>
    public static IReadOnlyList<SchemaProperty> Of(JsonObject schema)
    {
        var properties = schema["properties"] as JsonObject ?? [];
        return [.. properties.Select(p => From(p.Key, p.Value as JsonObject ?? [], schema))];
    }

    /// <summary>True when no value is typed: anything is accepted (call_api's body).</summary>
    public bool AcceptsAnything => Type is null && !IsEnum;

    /// <summary>A string with a pattern, minimum length or enum: arbitrary text may be rejected there.</summary>
    public bool RejectsArbitraryText => IsEnum || Constrained || (Type is not null && Type != "string");

    private static SchemaProperty From(string name, JsonObject property, JsonObject root)
    {
        var items = property["items"] as JsonObject;
        if (items?["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/$defs/", StringComparison.Ordinal))
            items = root["$defs"]?[reference["#/$defs/".Length..]] as JsonObject;
        var type = property["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.String ? t.GetValue<string>() : null;
        var constrained = property["pattern"] is not null || property["minimum"] is not null || property["maximum"] is not null;
        var closed = property["additionalProperties"] is JsonValue a && a.GetValueKind() == JsonValueKind.False;
        return new SchemaProperty(name, type, property["enum"] is JsonArray, constrained, items, closed);
    }
}
