using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflow.Hosting.Templating;

/// <summary>Visits every string value of a JSON tree (not keys) together with its JSON Pointer.</summary>
internal static class JsonStringWalker
{
    /// <summary>A copy of <paramref name="node"/> where every string value is replaced by <paramref name="map"/>(pointer, text).</summary>
    public static JsonNode? Map(JsonNode? node, Func<string, string, JsonNode?> map, string pointer = "") =>
        node switch
        {
            JsonObject obj => MapObject(obj, map, pointer),
            JsonArray array => MapArray(array, map, pointer),
            JsonValue value when value.GetValueKind() == JsonValueKind.String => map(pointer, value.GetValue<string>()),
            _ => node?.DeepClone(),
        };

    /// <summary>Every string value with its JSON Pointer, in document order.</summary>
    public static IEnumerable<(string Pointer, string Text)> Enumerate(JsonNode? node, string pointer = "")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                    foreach (var item in Enumerate(child, Append(pointer, key)))
                        yield return item;
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    foreach (var item in Enumerate(array[i], Append(pointer, i)))
                        yield return item;
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                yield return (pointer, value.GetValue<string>());
                break;
        }
    }

    /// <summary>Appends one reference token, escaped per RFC 6901.</summary>
    public static string Append(string pointer, string segment) =>
        pointer + "/" + segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>Appends an array index.</summary>
    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    private static JsonObject MapObject(JsonObject obj, Func<string, string, JsonNode?> map, string pointer)
    {
        var result = new JsonObject();
        foreach (var (key, child) in obj)
            result[key] = Map(child, map, Append(pointer, key));
        return result;
    }

    private static JsonArray MapArray(JsonArray array, Func<string, string, JsonNode?> map, string pointer)
    {
        var result = new JsonArray();
        for (var i = 0; i < array.Count; i++)
            result.Add(Map(array[i], map, Append(pointer, i)));
        return result;
    }
}
