using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Scriban;
using Scriban.Runtime;

namespace Workflow.Hosting.Templating;

/// <summary>Converts the value of a single-expression template back to JSON, within size and depth limits.</summary>
internal sealed class ScriptValueConverter(TemplateContext context, int maxDepth, int maxNodes)
{
    private int _nodes;

    /// <summary>The JSON form of <paramref name="value"/>; throws <see cref="InvalidOperationException"/> past a limit.</summary>
    public JsonNode? ToJson(object? value) => Convert(value, 0);

    private JsonNode? Convert(object? value, int depth)
    {
        if (++_nodes > maxNodes)
            throw new InvalidOperationException($"The value has more than {maxNodes} JSON nodes.");
        if (depth > maxDepth)
            throw new InvalidOperationException($"The value is nested deeper than {maxDepth} levels (or refers to itself).");

        return value switch
        {
            null => null,
            string text => JsonValue.Create(text),
            bool flag => JsonValue.Create(flag),
            char c => JsonValue.Create(c.ToString()),
            int or long or short or byte or sbyte or uint or ushort => JsonValue.Create(System.Convert.ToInt64(value, CultureInfo.InvariantCulture)),
            ulong big => JsonValue.Create(big),
            decimal exact => JsonValue.Create(exact),
            double or float => FromDouble(System.Convert.ToDouble(value, CultureInfo.InvariantCulture)),
            BigInteger huge => JsonNode.Parse(huge.ToString(CultureInfo.InvariantCulture)),
            DateTime time => JsonValue.Create(time.ToString("O", CultureInfo.InvariantCulture)),
            DateTimeOffset time => JsonValue.Create(time.ToString("O", CultureInfo.InvariantCulture)),
            IDictionary<string, object?> members => FromMembers(members, depth),
            IEnumerable items => FromItems(items, depth),
            _ => JsonValue.Create(context.ObjectToString(value)),
        };
    }

    private static JsonValue FromDouble(double number) =>
        double.IsFinite(number)
            ? JsonValue.Create(number)
            : throw new InvalidOperationException($"{number.ToString(CultureInfo.InvariantCulture)} is not a JSON number.");

    private JsonObject FromMembers(IDictionary<string, object?> members, int depth)
    {
        var result = new JsonObject();
        foreach (var (key, member) in members)
            result[key] = Convert(member, depth + 1);
        return result;
    }

    private JsonArray FromItems(IEnumerable items, int depth)
    {
        var result = new JsonArray();
        foreach (var item in items)
            result.Add(Convert(item, depth + 1));
        return result;
    }
}
