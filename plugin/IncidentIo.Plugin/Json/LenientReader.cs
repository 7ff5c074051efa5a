using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Json;

/// <summary>
/// Reads incident.io's answers leniently: a field the model does not mark <c>required</c> that is missing, null or of
/// another type is left out, with a warning at its JSON Pointer, instead of failing the whole answer. Only what the
/// plugin needs (the models' <c>required</c>, non-nullable members) can fail it. Unknown fields are ignored and enum-like
/// values are plain strings, so a new status category or field type passes through.
/// </summary>
internal static class LenientReader
{
    // Each pass leaves out one unreadable value; an answer with more problems than this is not worth reading.
    private const int MaxLeftOut = 64;

    private static readonly JsonSerializerOptions ReadOptions = new(IncidentIoJson.Options) { RespectNullableAnnotations = true };

    /// <summary>The body as <typeparamref name="T"/>, and what had to be left out to read it.</summary>
    /// <param name="body">The answer's text; blank reads as JSON <c>null</c>.</param>
    /// <exception cref="LenientReadException">Something the plugin needs is missing or unreadable; it names the field.</exception>
    public static T Read<T>(string body, out IReadOnlyList<ActionErrorDetail> warnings)
    {
        body = string.IsNullOrWhiteSpace(body) ? "null" : body;
        try
        {
            warnings = [];
            return JsonSerializer.Deserialize<T>(body, ReadOptions) ?? throw Empty([]);
        }
        catch (JsonException problem) when (problem is not LenientReadException)
        {
            return Repair<T>(Parse(body, problem), problem, out warnings);
        }
    }

    /// <summary>The UTF-8 body as <typeparamref name="T"/>, and what had to be left out to read it. A body that reads
    /// cleanly is read once, straight into the model (no text copy); only one with problems is read again as text.</summary>
    /// <param name="utf8Body">A seekable stream over the answer's UTF-8 bytes (a buffered HTTP body); empty or blank reads as JSON <c>null</c>.</param>
    /// <exception cref="LenientReadException">Something the plugin needs is missing or unreadable; it names the field.</exception>
    public static T Read<T>(Stream utf8Body, out IReadOnlyList<ActionErrorDetail> warnings)
    {
        ArgumentNullException.ThrowIfNull(utf8Body);
        try
        {
            warnings = [];
            var value = utf8Body.Length == 0 ? JsonSerializer.Deserialize<T>("null"u8, ReadOptions) : JsonSerializer.Deserialize<T>(utf8Body, ReadOptions);
            return value ?? throw Empty([]);
        }
        catch (JsonException problem) when (problem is not LenientReadException)
        {
            utf8Body.Position = 0;
            using var text = new StreamReader(utf8Body, leaveOpen: true);
            return Read<T>(text.ReadToEnd(), out warnings);
        }
    }

    // The first attempt failed: leave out one unreadable value per pass until the rest reads.
    private static T Repair<T>(JsonNode document, JsonException first, out IReadOnlyList<ActionErrorDetail> warnings)
    {
        var found = new List<ActionErrorDetail>();
        var causes = new Dictionary<string, string>(StringComparer.Ordinal);
        warnings = found;
        var problem = first;
        while (true)
        {
            var pointer = JsonPointers.FromPath(problem.Path) ?? "";
            var cause = MissingMember(problem) is { } member ? JsonPointers.Append(pointer, member) : pointer;
            if (pointer.Length == 0 || found.Count >= MaxLeftOut || !Remove(document, pointer))
            {
                // Name the field whose problem started the cascade: /incident/id, not /incident.
                while (causes.TryGetValue(cause, out var deeper) && deeper != cause)
                {
                    cause = deeper;
                }

                throw new LenientReadException(cause, Describe(problem), found);
            }

            if (cause != pointer)
            {
                causes[pointer] = cause;
            }

            found.Add(new ActionErrorDetail(pointer, $"left out: {Describe(problem)}", "unreadable"));
            try
            {
                return document.Deserialize<T>(ReadOptions) ?? throw Empty(found);
            }
            catch (JsonException next) when (next is not LenientReadException)
            {
                problem = next;
            }
        }
    }

    private static LenientReadException Empty(IReadOnlyList<ActionErrorDetail> found) => new("", "the body is empty (JSON null)", found);

    // "... missing required properties including: 'slack_team_id'." names the member that is missing.
    private static string? MissingMember(JsonException problem)
    {
        const string Marker = "missing required properties including: '";
        var at = problem.Message.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = at + Marker.Length;
        var end = problem.Message.IndexOf('\'', start);
        return end > start ? problem.Message[start..end] : null;
    }

    private static JsonNode Parse(string body, JsonException problem)
    {
        try
        {
            return JsonNode.Parse(body) ?? throw new LenientReadException("", Describe(problem), []);
        }
        catch (JsonException)
        {
            throw new LenientReadException("", $"not JSON: {Describe(problem)}", []);
        }
    }

    // STJ's messages end with its own path and position; the pointer says where, so keep the first sentence.
    private static string Describe(JsonException problem) =>
        problem.Message.Split(" Path: ", 2)[0].TrimEnd('.').Replace("The JSON value could not be converted to", "not readable as", StringComparison.Ordinal);

    // Removes the value at the pointer (a property, or an array item); false when there is none.
    private static bool Remove(JsonNode document, string pointer)
    {
        var tokens = JsonPointers.Tokens(pointer);
        var parent = document;
        foreach (var token in tokens.Take(tokens.Count - 1))
        {
            parent = parent switch
            {
                JsonObject o => o[token],
                JsonArray a when int.TryParse(token, out var i) && i >= 0 && i < a.Count => a[i],
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
            case JsonArray a when int.TryParse(last, out var i) && i >= 0 && i < a.Count:
                a.RemoveAt(i);
                return true;
            default:
                return false;
        }
    }
}
