using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Contract.ResponseMatrix;

/// <summary>What the matrix does to one field of an example answer.</summary>
internal enum FieldVariant
{
    Removed,
    Null,

    /// <summary>A string becomes a number; a number, boolean, object or array becomes a string.</summary>
    Retyped,
}

internal static class FieldVariants
{
    public static IReadOnlyList<FieldVariant> All { get; } = Enum.GetValues<FieldVariant>();

    /// <summary>A copy of <paramref name="example"/> with the value at <paramref name="pointer"/> changed; null when the variant changes nothing.</summary>
    public static JsonNode? Apply(JsonNode example, string pointer, FieldVariant variant)
    {
        var body = example.DeepClone();
        var tokens = JsonPointers.Tokens(pointer);
        var parent = tokens.Take(tokens.Count - 1).Aggregate(body, (node, token) => node is JsonArray a ? a[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]! : node[token]!);
        var last = tokens[^1];
        var current = parent is JsonArray items ? items[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] : parent[last];
        if (variant == FieldVariant.Null && current is null)
        {
            return null;
        }

        switch (parent, variant)
        {
            case (JsonArray array, FieldVariant.Removed):
                array.RemoveAt(int.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case (JsonObject obj, FieldVariant.Removed):
                obj.Remove(last);
                break;
            case (JsonArray array, _):
                array[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = Changed(current, variant);
                break;
            default:
                parent[last] = Changed(current, variant);
                break;
        }

        return body;
    }

    private static JsonValue? Changed(JsonNode? current, FieldVariant variant) =>
        variant == FieldVariant.Null ? null
        : current is JsonValue value && value.GetValueKind() == JsonValueKind.String ? JsonValue.Create(12345)
        : JsonValue.Create("retyped");
}
