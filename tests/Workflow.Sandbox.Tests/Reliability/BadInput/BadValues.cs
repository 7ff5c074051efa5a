using System.Text.Json.Nodes;

namespace Workflow.Sandbox.Tests.Reliability.BadInput;

/// <summary>Values of the wrong type for a property, and the other hostile pieces the corpus is built from.</summary>
internal static class BadValues
{
    /// <summary>The Scriban DoS shapes (<see cref="ScribanAttacks.Fast"/>) plus templates that fail for ordinary reasons.</summary>
    public static readonly string[] HostileTemplates =
    [
        .. ScribanAttacks.Fast,
        "{{ nope.nothing }}",
        "{{ 1 +",
        "{{ end }}",
        "{{ x = 1 / 0 }}",
        "{{ env 'HOME' }}",
    ];

    /// <summary>Shapes that take ~100 ms each (regex timeouts): run a few times, not thousands.</summary>
    public static readonly string[] SlowTemplates = ScribanAttacks.Slow;

    /// <summary>Templates whose value is NaN, an infinity or a structure: typed values a field cannot hold.</summary>
    public static readonly string[] OddValueTemplates =
    [
        "{{ 1.0 / 0 }}", "{{ -1.0 / 0 }}", "{{ 0.0 / 0 }}", "{{ 1e308 * 10 }}", "{{ [1, [2, [3]]] }}", "{{ {a: {b: 1}} }}",
        "{{ null }}", "{{ 12345678901234567890123 }}", "{{ -0.0 }}", "{{ 'x' | string.size }}", "{{ date.now }}",
    ];

    /// <summary>Number tokens that are not JSON, or that no field can hold exactly.</summary>
    public static readonly string[] NumberTokens =
    [
        "NaN", "-NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1e-400", "-0", "-0.0", "123456789012345678901234567890",
        "0x10", "01", "+1", ".5", "1.", "1e", "9223372036854775808", "-9223372036854775809", "1E+2", "4.9e-324",
    ];

    /// <summary>Extra property names: plain, empty, with pointer metacharacters, unicode, very long.</summary>
    public static readonly string[] ExtraNames =
    [
        "unexpected", "", "a/b", "~0", "x~1y", "/", "Name", "incident_id ", "名前", "emoji😀", "__proto__", "$ref", new string('k', 300),
    ];

    /// <summary>A value of the wrong JSON type for <paramref name="property"/> (null when any value is accepted).</summary>
    public static JsonNode? WrongFor(SchemaProperty property, Random random)
    {
        JsonNode?[] candidates = property.IsEnum
            ? ["not-a-member", 7, true, new JsonArray(), new JsonObject(), "", null]
            : property.Type switch
            {
                "string" => [42, 1.5, true, false, new JsonArray("a"), new JsonObject { ["a"] = 1 }, null],
                "integer" => ["3x", 1.5, true, new JsonArray(1), new JsonObject(), null, "", -1, 0, 1_000_000_000],
                "boolean" => ["yes", 0, 1, "TRUE", new JsonArray(), new JsonObject(), null, "on"],
                "object" => ["x", 3, new JsonArray(), true, null, 0.5],
                "array" => ["x", 3, new JsonObject(), true, null, new JsonArray(42, "x", null)],
                _ => [],
            };
        return candidates.Length == 0 ? null : candidates[random.Next(candidates.Length)]?.DeepClone();
    }

    /// <summary>A string of exactly <paramref name="length"/> characters (mixed, including quotes and escapes).</summary>
    public static string Huge(int length, Random random)
    {
        const string alphabet = "abcdefghij \"\\/\n\té<>&{}";
        var chars = new char[length];
        for (var i = 0; i < length; i++)
            chars[i] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }
}
