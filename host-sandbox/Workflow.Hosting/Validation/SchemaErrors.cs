using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using Workflow.Abstractions;

namespace Workflow.Hosting.Validation;

/// <summary>
/// Turns JsonSchema.Net's List output into one error per problem, each at the JSON Pointer of the
/// field concerned: a missing required property is reported at the property, not at its parent; an
/// unexpected property is named; summaries that only repeat their children are dropped.
/// </summary>
internal static partial class SchemaErrors
{
    public static IReadOnlyList<ActionErrorDetail> Flatten(EvaluationResults results)
    {
        if (results.IsValid)
        {
            return [];
        }

        var failed = results.Details.Prepend(results)
            .Where(unit => unit.Errors is { Count: > 0 })
            .Distinct()
            .ToList();
        var failedPaths = failed.Select(unit => unit.EvaluationPath.ToString()).ToList();

        var details = new List<ActionErrorDetail>();
        foreach (var unit in failed)
        {
            var path = unit.EvaluationPath.ToString();
            foreach (var (keyword, message) in unit.Errors!)
            {
                // allOf/anyOf/$ref/... at P fails because something under P/keyword failed: keep the children only.
                var childPrefix = $"{path}/{keyword}/";
                if (keyword.Length > 0 && failedPaths.Any(p => p.StartsWith(childPrefix, StringComparison.Ordinal)))
                {
                    continue;
                }

                details.AddRange(Explain(unit, path, keyword, message));
            }
        }

        return details;
    }

    private static IEnumerable<ActionErrorDetail> Explain(EvaluationResults unit, string path, string keyword, string message)
    {
        var location = unit.InstanceLocation.ToString();
        if (keyword == "required" && TryParseNames(message, out var names))
        {
            return names.Select(name => new ActionErrorDetail(Child(location, name), $"'{name}' is required.", "required"));
        }

        if (keyword.Length == 0 && (path.EndsWith("/additionalProperties", StringComparison.Ordinal)
                                    || path.EndsWith("/unevaluatedProperties", StringComparison.Ordinal)))
        {
            var name = Unescape(location[(location.LastIndexOf('/') + 1)..]);
            return [new ActionErrorDetail(location, $"'{name}' is not an allowed property.", "additional_property")];
        }

        return [new ActionErrorDetail(location, message, keyword.Length == 0 ? "false_schema" : keyword)];
    }

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
            names = JsonSerializer.Deserialize<string[]>(match.Value) ?? [];
            return names.Length > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Child(string pointer, string name) =>
        $"{pointer}/{name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";

    private static string Unescape(string segment) =>
        segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    [GeneratedRegex(@"\[.*\]", RegexOptions.Singleline)]
    private static partial Regex NameList();
}
