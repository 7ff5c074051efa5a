using System.Text.Json.Nodes;

namespace Workflow.Sandbox.Tests.Validation.Corpus;

/// <summary>
/// Broken action inputs, deterministically for a seed: an example input of an action with one to three defects, each at
/// a different top-level input (a wrong type, a value outside an enum, a string that misses its pattern, a required input
/// left out, an unknown input), so the number of independent defects is known.
/// </summary>
internal sealed class InputDefects(int seed)
{
    private static readonly JsonNode?[] AnyValues = [12345, "not-a-number", true, new JsonArray(), new JsonObject()];
    private readonly Random _random = new(seed);

    public IEnumerable<DefectCase> Generate(IReadOnlyList<(string Id, JsonObject Input, IReadOnlyList<JsonObject> Examples)> actions, int count)
    {
        for (var made = 0; made < count;)
        {
            var (id, schema, examples) = actions[_random.Next(actions.Count)];
            var document = examples[_random.Next(examples.Count)].DeepClone().AsObject();
            var candidates = Candidates(schema, document).OrderBy(_ => _random.Next()).ToList();
            var wanted = 1 + _random.Next(3);
            var defects = new List<Defect>();
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, kind, apply) in candidates)
            {
                if (defects.Count == wanted || !used.Add(name))
                {
                    continue;
                }

                defects.Add(apply(document));
            }

            if (defects.Count > 0)
            {
                made++;
                yield return new DefectCase(id, document, defects);
            }
        }
    }

    private static IEnumerable<(string Name, DefectKind Kind, Func<JsonObject, Defect> Apply)> Candidates(JsonObject schema, JsonObject document)
    {
        var properties = schema["properties"] as JsonObject ?? [];
        foreach (var (name, node) in properties)
        {
            // Giving a property that another one depends on is a second change, not a defect of the first.
            if (node is not JsonObject property || (schema["dependentSchemas"]?[name] is not null && !document.ContainsKey(name)))
            {
                continue;
            }

            var pointer = "/" + name;
            if (property["type"] is JsonValue type && type.GetValue<string>() is var allowed
                && AnyValues.FirstOrDefault(v => Kind(v) != allowed && !(allowed == "number" && Kind(v) == "integer")) is { } wrong)
            {
                yield return (name, DefectKind.WrongType, d => Set(d, name, wrong.DeepClone(), DefectKind.WrongType, pointer));
            }

            if (EnumPlace(property) is { } enumValue)
            {
                yield return (name, DefectKind.Enum, d => Set(d, name, enumValue.DeepClone(), DefectKind.Enum, pointer));
            }

            if (PatternPlace(property) is ({ } patternValue, var regex))
            {
                yield return (name, DefectKind.Pattern, d => Set(d, name, patternValue.DeepClone(), DefectKind.Pattern, pointer, regex));
            }

            if ((schema["required"] as JsonArray)?.Any(r => r!.GetValue<string>() == name) == true && document.ContainsKey(name))
            {
                yield return (name, DefectKind.MissingRequired, d =>
                {
                    d.Remove(name);
                    return new Defect(DefectKind.MissingRequired, pointer);
                });
            }
        }

        if (schema["additionalProperties"] is JsonValue closed && !closed.GetValue<bool>())
        {
            yield return ("zz_unknown", DefectKind.UnknownProperty, d => Set(d, "zz_unknown", "x", DefectKind.UnknownProperty, "/zz_unknown"));
        }
    }

    // A value of the property's type whose enum is violated: the property itself, its items, or a member (list filters).
    private static JsonNode? EnumPlace(JsonObject property)
    {
        if (property.ContainsKey("enum"))
        {
            return "not_a_value";
        }

        if (property["items"]?["enum"] is not null)
        {
            return new JsonArray("not_a_value");
        }

        return (property["properties"] as JsonObject ?? []).FirstOrDefault(p => p.Value?["items"]?["enum"] is not null) is { Key: { } member }
            ? new JsonObject { [member] = new JsonArray("not_a_value") }
            : null;
    }

    // A string that misses the pattern (blank: every pattern here wants a non-blank text), on the property or a member.
    private static (JsonNode? Value, string? Regex) PatternPlace(JsonObject property)
    {
        if (property["pattern"] is JsonValue pattern)
        {
            return ("  ", pattern.GetValue<string>());
        }

        return (property["properties"] as JsonObject ?? []).FirstOrDefault(p => p.Value?["pattern"] is not null) is { Key: { } member, Value: { } schema }
            ? (new JsonObject { [member] = "  " }, schema["pattern"]!.GetValue<string>())
            : (null, null);
    }

    private static Defect Set(JsonObject document, string name, JsonNode? value, DefectKind kind, string pointer, string? regex = null)
    {
        document[name] = value;
        return new Defect(kind, pointer, regex);
    }

    private static string Kind(JsonNode? value) => value switch
    {
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v when v.TryGetValue<bool>(out _) => "boolean",
        JsonValue v when v.TryGetValue<int>(out _) => "integer",
        _ => "string",
    };
}
