using System.Text;
using System.Text.Json.Nodes;

namespace Workflow.Sandbox.Tests.Reliability.BadInput;

/// <summary>
/// R2: generates malformed inputs for every action from its input schema, deterministically for a seed. Each
/// category is a way input goes wrong in practice; most cases must be rejected by the host and name the field.
/// </summary>
internal sealed class BadInputCorpus(IReadOnlyList<(string Id, JsonObject Schema)> actions, int seed)
{
    private const int Megabyte = 1024 * 1024;
    private readonly Random _random = new(seed);

    /// <summary>The categories, each with its weight in the mix (per 1,000 cases).</summary>
    public static readonly IReadOnlyList<(string Name, int Weight)> Categories =
    [
        ("wrong_type", 200), ("wrong_type_text", 100), ("missing_required", 50), ("extra_field", 100),
        ("nested_extra", 60), ("wrong_root", 40), ("huge_string", 10), ("deep_nesting", 60), ("invalid_utf8", 80),
        ("lone_surrogate", 60), ("number_tokens", 100), ("hostile_template", 100), ("odd_value_template", 60),
        ("slow_template", 2), ("not_json", 38),
    ];

    /// <summary><paramref name="count"/> cases, cycling through the actions; null categories for an action are skipped.</summary>
    public IEnumerable<BadInputCase> Generate(int count)
    {
        var total = Categories.Sum(c => c.Weight);
        for (var made = 0; made < count;)
        {
            var (id, schema) = actions[made % actions.Count];
            var pick = _random.Next(total);
            var category = Categories.First(c => (pick -= c.Weight) < 0).Name;
            if (Make(category, id, schema, SchemaProperty.Of(schema)) is { } made1)
            {
                made++;
                yield return made1;
            }
        }
    }

    private BadInputCase? Make(string category, string id, JsonObject schema, IReadOnlyList<SchemaProperty> properties)
    {
        var typed = properties.Where(p => !p.AcceptsAnything).ToList();
        var required = (schema["required"] as JsonArray)?.Select(r => r!.GetValue<string>()).ToList() ?? [];
        var someTyped = typed.Count == 0 ? null : typed[_random.Next(typed.Count)];
        return category switch
        {
            "wrong_type" when someTyped is not null => Json(category, id, Object(someTyped.Name, BadValues.WrongFor(someTyped, _random)), Pointer(someTyped.Name)),
            "wrong_type_text" when someTyped is not null => Text(category, id, Object(someTyped.Name, BadValues.WrongFor(someTyped, _random)).ToJsonString(), Pointer(someTyped.Name)),
            "missing_required" when required.Count > 0 => MissingRequired(id, required),
            "extra_field" => Extra(id, properties),
            "nested_extra" => NestedExtra(id, properties),
            "wrong_root" => Text(category, id, Pick("[]", "\"text\"", "42", "null", "true", "[{}]", "-1.5"), ""),
            "huge_string" => Huge(id, typed),
            "deep_nesting" => Deep(id, someTyped),
            "invalid_utf8" => InvalidUtf8(id, typed),
            "lone_surrogate" => LoneSurrogate(id, typed),
            "number_tokens" => Numbers(id, typed),
            "hostile_template" => Template(category, id, typed, Pick(BadValues.HostileTemplates), mustReject: true),
            "odd_value_template" when someTyped is not null => Template(category, id, [someTyped], Pick(BadValues.OddValueTemplates), mustReject: false),
            "slow_template" => Template(category, id, typed, Pick(BadValues.SlowTemplates), mustReject: true),
            "not_json" => Text(category, id, Pick("{", "{\"a\":}", "{'a':1}", "{\"a\":1,}", "{a:1}", "", "   ", "{\"a\":1}{", "// x\n{}", "{\"a\":\"\u0001\"}"), null),
            _ => null,
        };
    }

    private BadInputCase MissingRequired(string id, List<string> required)
    {
        var missing = Pick([.. required]);
        var input = new JsonObject();
        foreach (var other in required.Where(r => r != missing))
            input[other] = "placeholder";
        return Json("missing_required", id, input, Pointer(missing));
    }

    private BadInputCase Extra(string id, IReadOnlyList<SchemaProperty> properties)
    {
        var name = Pick(BadValues.ExtraNames);
        if (properties.Any(p => p.Name == name))
            name += "_x";
        return Json("extra_field", id, Object(name, Pick<JsonNode?>(1, "v", null, new JsonObject(), new JsonArray())), Pointer(name));
    }

    private BadInputCase NestedExtra(string id, IReadOnlyList<SchemaProperty> properties)
    {
        var closed = properties.Where(p => p.ClosedObject).ToList();
        if (closed.Count > 0)
        {
            var property = Pick([.. closed]);
            return Json("nested_extra", id, Object(property.Name, new JsonObject { ["zz_unknown"] = 1 }), Pointer(property.Name) + "/zz_unknown");
        }

        var arrays = properties.Where(p => p.Items?["type"] is not null).ToList();
        if (arrays.Count > 0)
        {
            var property = Pick([.. arrays]);
            return Json("nested_extra", id, Object(property.Name, new JsonArray(new JsonArray(), 42)), Pointer(property.Name) + "/0");
        }

        return Json("nested_extra", id, Object("unexpected", new JsonObject { ["a"] = new JsonObject { ["b"] = 1 } }), "/unexpected");
    }

    private BadInputCase Huge(string id, List<SchemaProperty> typed)
    {
        var huge = BadValues.Huge(Megabyte, _random);
        var strict = typed.Where(p => p.IsEnum || p.Type is not (null or "string")).ToList();
        return _random.Next(3) switch
        {
            0 when strict.Count > 0 => Pick([.. strict]) is var p ? Json("huge_string", id, Object(p.Name, huge), Pointer(p.Name)) : null!,
            1 => Json("huge_string", id, Object(huge, "v"), Pointer(huge)),
            _ => Text("huge_string", id, Object("unexpected", huge).ToJsonString(), "/unexpected"),
        };
    }

    private BadInputCase Deep(string id, SchemaProperty? property)
    {
        var depth = Pick(10, 40, 62, 65, 100, 1_000, 10_000, 100_000);
        var name = property?.Name ?? "unexpected";
        var nested = _random.Next(2) == 0
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
        // Depth + 1 for the input object itself: over 64 the parser refuses, so no pointer, a position.
        var pointer = depth + 1 > 64 ? null : Pointer(name);
        return Text("deep_nesting", id, $"{{\"{name}\":{nested}}}", pointer) with { MustReject = property?.Type != "object" || depth + 1 > 64 };
    }

    private BadInputCase InvalidUtf8(string id, List<SchemaProperty> typed)
    {
        // The host refuses the bytes before any schema sees them (invalid_json with the byte offset). The field is still
        // picked as before, among those that would refuse U+FFFD, so the seed gives the same corpus as earlier runs.
        var strict = typed.Where(p => p.IsEnum || p.Type is not (null or "string")).ToList();
        var inString = _random.Next(3) != 0;
        var name = strict.Count > 0 ? Pick([.. strict]).Name : "unexpected";
        byte[][] garbage = [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFE, 0xFF]];
        var bad = Pick(garbage);
        var bytes = inString
            ? [.. Encoding.UTF8.GetBytes($"{{\"{name}\":\"ab"), .. bad, .. "cd\"}"u8]
            : (byte[])[.. "{\""u8, .. bad, .. "\":1}"u8];
        return new BadInputCase("invalid_utf8", id, BadInputKind.Bytes, MustReject: true) { Bytes = bytes };
    }

    private BadInputCase LoneSurrogate(string id, List<SchemaProperty> typed)
    {
        var name = typed.Count > 0 ? Pick([.. typed]).Name : "unexpected";
        var strictOrExtra = typed.Count == 0 || typed.First(p => p.Name == name).RejectsArbitraryText;
        return _random.Next(4) switch
        {
            0 => Text("lone_surrogate", id, $"{{\"{name}\":\"a\uD800b\"}}", null) with { MustReject = false },
            1 => Text("lone_surrogate", id, $"{{\"{name}\":\"a\uDC00\"}}", null) with { MustReject = false },
            2 => Text("lone_surrogate", id, $"{{\"{name}\":\"a\\uD800b\"}}", Pointer(name)) with { MustReject = strictOrExtra },
            _ => Text("lone_surrogate", id, $"{{\"x\\uDFFF\":1}}", null) with { MustReject = false },
        };
    }

    private BadInputCase Numbers(string id, List<SchemaProperty> typed)
    {
        var token = Pick(BadValues.NumberTokens);
        var numeric = typed.Where(p => p.Type is "integer" or "string" || p.IsEnum).ToList();
        var name = numeric.Count > 0 ? Pick([.. numeric]).Name : "unexpected";
        // 1E+2 is 100: an integer a field may accept.
        return Text("number_tokens", id, $"{{\"{name}\":{token}}}", Pointer(name)) with { MustReject = token != "1E+2" };
    }

    private BadInputCase Template(string category, string id, List<SchemaProperty> typed, string template, bool mustReject)
    {
        var name = typed.Count > 0 ? Pick([.. typed]).Name : "unexpected";
        return new BadInputCase(category, id, BadInputKind.Template, mustReject || typed.Count == 0) { Json = Object(name, template), Pointer = Pointer(name) };
    }

    private static BadInputCase Json(string category, string id, JsonNode? json, string? pointer) =>
        new(category, id, BadInputKind.Json, MustReject: true) { Json = json, Pointer = pointer };

    private static BadInputCase Text(string category, string id, string text, string? pointer) =>
        new(category, id, BadInputKind.Text, MustReject: true) { Text = text, Pointer = pointer };

    private static JsonObject Object(string name, JsonNode? value) => new() { [name] = value };

    private static string Pointer(string name) => "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private T Pick<T>(params T[] values) => values[_random.Next(values.Length)];
}
