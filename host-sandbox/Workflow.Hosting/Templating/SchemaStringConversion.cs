using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Workflow.Hosting.Templating;

/// <summary>Converts one string to a JSON Schema type when the schema does not accept strings.</summary>
internal static partial class SchemaStringConversion
{
    /// <summary>
    /// True when <paramref name="text"/> was converted: the schema's <c>type</c> excludes "string" and the text
    /// is exactly an integer, number, boolean or (when allowed) "null". The JSON text is kept as written.
    /// </summary>
    public static bool TryConvert(string text, JsonNode? type, out JsonNode? converted)
    {
        converted = null;
        var types = ReadTypes(type);
        if (types.Count == 0 || types.Contains("string"))
            return false; // no type, or strings are fine as they are: ambiguous

        if ((types.Contains("integer") && IntegerText().IsMatch(text)) ||
            (types.Contains("number") && NumberText().IsMatch(text)) ||
            (types.Contains("boolean") && text is "true" or "false"))
        {
            converted = JsonNode.Parse(text);
            return true;
        }

        return types.Contains("null") && text == "null";
    }

    private static HashSet<string> ReadTypes(JsonNode? type) => type switch
    {
        JsonValue one when one.GetValueKind() == JsonValueKind.String => [one.GetValue<string>()],
        JsonArray many => [.. many.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>())],
        _ => [],
    };

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)\z", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerText();

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex NumberText();
}
