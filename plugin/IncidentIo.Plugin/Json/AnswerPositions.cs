using System.Globalization;
using System.Text.Json.Nodes;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Json;

/// <summary>
/// Where each item of a parsed answer's arrays stood in the answer as received, while <see cref="LenientReader"/> leaves
/// items out. Once <c>/severities/0</c> is left out, the item the serializer then reports as <c>/severities/0</c> is the
/// answer's <c>/severities/1</c>: warnings name the answer's indexes, which the builder can find in the answer.
/// </summary>
internal sealed class AnswerPositions
{
    // Per array that lost items: the answer's index of each item still in it, in order.
    private readonly Dictionary<JsonArray, List<int>> _indexes = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Removes the value at <paramref name="pointer"/> (a member, or an array item, remembering where the rest stood) from
    /// <paramref name="document"/> as it is now; false, with nothing removed, when the pointer names no value there.
    /// </summary>
    public bool TryRemove(JsonNode document, string pointer)
    {
        var tokens = JsonPointers.Tokens(pointer);
        var parent = document;
        foreach (var token in tokens.Take(tokens.Count - 1))
        {
            parent = parent switch
            {
                JsonObject o => o[token],
                JsonArray a when Index(token, a) is { } i => a[i],
                _ => null,
            };
            if (parent is null)
            {
                return false;
            }
        }

        var last = tokens[^1];
        switch (parent)
        {
            case JsonObject o when o.ContainsKey(last):
                return o.Remove(last);
            case JsonArray a when Index(last, a) is { } i:
                RemoveAt(a, i);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Removes the item now at <paramref name="index"/> from <paramref name="array"/>, remembering where the rest stood.</summary>
    public void RemoveAt(JsonArray array, int index)
    {
        if (!_indexes.TryGetValue(array, out var indexes))
        {
            indexes = [.. Enumerable.Range(0, array.Count)];
            _indexes[array] = indexes;
        }

        indexes.RemoveAt(index);
        array.RemoveAt(index);
    }

    /// <summary>
    /// <paramref name="pointer"/>, which names a place in <paramref name="document"/> as it is now, as it names the same
    /// place in the answer as received. Tokens past the last value that exists (a missing member) are kept as they are.
    /// </summary>
    public string InAnswer(JsonNode? document, string pointer)
    {
        var tokens = JsonPointers.Tokens(pointer);
        var answer = new string[tokens.Count];
        var node = document;
        for (var t = 0; t < tokens.Count; t++)
        {
            answer[t] = tokens[t];
            switch (node)
            {
                case JsonObject o:
                    node = o.TryGetPropertyValue(tokens[t], out var member) ? member : null;
                    break;
                case JsonArray a when Index(tokens[t], a) is { } i:
                    if (_indexes.TryGetValue(a, out var indexes))
                    {
                        answer[t] = indexes[i].ToString(CultureInfo.InvariantCulture);
                    }

                    node = a[i];
                    break;
                default:
                    node = null;
                    break;
            }
        }

        return JsonPointers.From(answer);
    }

    // The item a reference token names in the array (RFC 6901: decimal digits, no sign), or null when there is none.
    private static int? Index(string token, JsonArray array) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count ? i : null;
}
