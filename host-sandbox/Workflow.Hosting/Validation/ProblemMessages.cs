using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Workflow.Abstractions;

namespace Workflow.Hosting.Validation;

/// <summary>
/// One failed keyword of one schema as a problem a person can act on: a missing required property at the
/// property's pointer, an unexpected property by name, an <c>enum</c> with its allowed values (up to
/// <see cref="MaxListed"/>), a <c>pattern</c> in the manifest author's words (<c>x-ui.patternHelp</c>, else the
/// schema's <c>description</c>; never the regular expression). The machine <c>code</c> is the keyword.
/// </summary>
internal static partial class ProblemMessages
{
    /// <summary>How many allowed values or alternatives a message lists before saying how many more there are.</summary>
    public const int MaxListed = 10;

    public static IEnumerable<ActionErrorDetail> Explain(EvaluationResults unit, string keyword, string message, SchemaLookup? lookup)
    {
        var location = unit.InstanceLocation.ToString();
        var path = unit.EvaluationPath.ToString();
        switch (keyword)
        {
            case "required" when TryParseNames(message, out var names):
                return names.Select(name => new ActionErrorDetail(Pointers.Child(location, name), $"'{name}' is required.", "required"));
            case "" when path.EndsWith("/additionalProperties", StringComparison.Ordinal)
                         || path.EndsWith("/unevaluatedProperties", StringComparison.Ordinal):
                var property = Pointers.LastSegment(location);
                return [new ActionErrorDetail(location, $"'{property}' is not an allowed property.", "additional_property")];
            case "enum" when (Schema(unit, lookup)?["enum"]) is JsonArray allowed:
                return [new ActionErrorDetail(location, $"must be one of: {List(allowed.Select(Show))}.", "enum")];
            case "const" when Schema(unit, lookup) is { } schema && schema.ContainsKey("const"):
                return [new ActionErrorDetail(location, $"must be {Show(schema["const"])}.", "const")];
            case "pattern":
                return [new ActionErrorDetail(location, PatternMessage(Schema(unit, lookup)), "pattern")];
            default:
                return [new ActionErrorDetail(location, message, keyword.Length == 0 ? "false_schema" : keyword)];
        }
    }

    /// <summary>
    /// A failed <c>not</c>: a forbidden member (<c>"not": { "required": ["poll"] }</c>) at that member's pointer, else one problem at
    /// the value saying it matches what <c>not</c> forbids. Code <c>not</c>.
    /// </summary>
    public static ActionErrorDetail Not(EvaluationResults unit, SchemaLookup? lookup)
    {
        var location = unit.InstanceLocation.ToString();
        return Schema(unit, lookup)?["not"] is JsonObject { Count: 1 } forbidden && forbidden["required"] is JsonArray { Count: 1 } names
                                                                        && names[0] is JsonValue only && only.TryGetValue<string>(out var name)
            ? new ActionErrorDetail(Pointers.Child(location, name), $"'{name}' is not allowed here.", "not")
            : new ActionErrorDetail(location, "matches the schema under 'not', which it must not.", "not");
    }

    /// <summary>"a, b, c" with at most <see cref="MaxListed"/> items, then "… (N more)".</summary>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        var shown = string.Join(", ", all.Take(MaxListed));
        return all.Count > MaxListed ? $"{shown}, … ({all.Count - MaxListed} more)" : shown;
    }

    /// <summary>The type a failed <c>type</c> keyword wanted, from JsonSchema.Net's message (<c>Value is "x" but should be "y"</c>).</summary>
    public static string? ExpectedType(string message) => ShouldBe().Match(message) is { Success: true } match ? match.Groups[1].Value : null;

    private static string PatternMessage(JsonObject? schema)
    {
        if (schema?["x-ui"]?["patternHelp"] is JsonValue help && help.TryGetValue<string>(out var text) && text.Length > 0)
        {
            return $"must be {text.TrimEnd('.')}.";
        }

        return schema?["description"] is JsonValue description && description.TryGetValue<string>(out var words) && words.Length > 0
            ? $"does not have the expected form: {words}"
            : "does not have the expected form.";
    }

    private static JsonObject? Schema(EvaluationResults unit, SchemaLookup? lookup) => lookup?.Find(unit.SchemaLocation);

    private static string Show(JsonNode? value) => value?.ToJsonString() ?? "null";

    // JsonSchema.Net's message: Required properties ["a","b"] are not present
    private static bool TryParseNames(string message, out string[] names)
    {
        names = [];
        var match = NameList().Match(message);
        if (!match.Success)
        {
            return false;
        }

        try
        {
            // The match starts with '[': it reads as an array or throws, never as null.
            names = System.Text.Json.JsonSerializer.Deserialize<string[]>(match.Value)!;
            return names.Length > 0;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\[.*\]", RegexOptions.Singleline)]
    private static partial Regex NameList();

    [GeneratedRegex("should be \"([^\"]*)\"")]
    private static partial Regex ShouldBe();
}
