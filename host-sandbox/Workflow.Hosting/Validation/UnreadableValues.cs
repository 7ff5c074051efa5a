using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Abstractions;

namespace Workflow.Hosting.Validation;

/// <summary>
/// Values JSON can carry but the validator cannot read: a string or property name escaping a lone surrogate
/// (<c>"\uD800"</c>), a number beyond decimal's range (<c>1e400</c>). JsonSchema.Net throws on them, so
/// <see cref="CompiledSchema"/> asks here which fields they are and reports those instead.
/// </summary>
internal static class UnreadableValues
{
    public static IReadOnlyList<ActionErrorDetail> Find(JsonNode? node)
    {
        var found = new List<ActionErrorDetail>();
        Walk(node, "", found);
        return found;
    }

    private static void Walk(JsonNode? node, string pointer, List<ActionErrorDetail> found)
    {
        switch (node)
        {
            case JsonObject obj:
                List<KeyValuePair<string, JsonNode?>> members;
                try
                {
                    members = [.. obj];
                }
                catch (InvalidOperationException)
                {
                    found.Add(new(pointer, "has a property name that is not valid Unicode text (an escaped lone surrogate).", "invalid_text"));
                    return;
                }

                foreach (var (name, child) in members)
                    Walk(child, pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal), found);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    Walk(array[i], $"{pointer}/{i}", found);
                break;
            case JsonValue value:
                Check(value, pointer, found);
                break;
        }
    }

    private static void Check(JsonValue value, string pointer, List<ActionErrorDetail> found)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                try
                {
                    _ = value.GetValue<string>();
                }
                catch (InvalidOperationException)
                {
                    found.Add(new(pointer, "is not valid Unicode text (an escaped lone surrogate).", "invalid_text"));
                }

                break;
            case JsonValueKind.Number when !IsDecimal(value):
                found.Add(new(pointer, "is a number beyond ±7.9e28 (or not finite), which cannot be validated.", "out_of_range"));
                break;
        }
    }

    private static bool IsDecimal(JsonValue value)
    {
        try
        {
            return decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        }
        catch (ArgumentException)
        {
            return false; // NaN or an infinity held as a double: not even writable as JSON
        }
    }
}
