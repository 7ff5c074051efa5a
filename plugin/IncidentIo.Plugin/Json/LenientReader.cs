using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Json;

/// <summary>
/// Reads incident.io's answers leniently: a field the model does not mark <c>required</c> that is missing, null or of
/// another type is left out, with a warning at its JSON Pointer, instead of failing the whole answer. Only what the
/// plugin needs (the models' <c>required</c>, non-nullable members) can fail it. Unknown fields are ignored and enum-like
/// values are plain strings, so a new status category or field type passes through. A <c>null</c> list item is left out the
/// same way, and each value left out gives one warning (what was left out inside it goes with it). A body that names a
/// member twice in one object fails whole: which of the values is meant is ambiguous (RFC 8259, section 4).
/// </summary>
internal static partial class LenientReader
{
    // Each pass leaves out one unreadable value; an answer with more problems than this is not worth reading.
    private const int MaxLeftOut = 64;

    private const string EmptyBody = "the body is empty (JSON null)";

    // Duplicate members are refused by the serializer as by the parsed document, so that both read the same values.
    private static readonly JsonSerializerOptions ReadOptions = new(IncidentIoJson.Options) { RespectNullableAnnotations = true, AllowDuplicateProperties = false };

    /// <summary>The body as <typeparamref name="T"/>, and what had to be left out to read it.</summary>
    /// <param name="body">The answer's text; blank reads as JSON <c>null</c>.</param>
    /// <exception cref="LenientReadException">Something the plugin needs is missing or unreadable; it names the field.</exception>
    public static T Read<T>(string body, out IReadOnlyList<ActionErrorDetail> warnings)
    {
        body = string.IsNullOrWhiteSpace(body) ? "null" : body;
        var found = new List<ActionErrorDetail>();
        var causes = new Dictionary<string, string>(StringComparer.Ordinal);
        var positions = new AnswerPositions();
        warnings = found;
        var document = HasNullItem(body) ? WithoutNullItems(body, found, positions) : null;
        while (true)
        {
            try
            {
                var value = document is null ? JsonSerializer.Deserialize<T>(body, ReadOptions) : document.Deserialize<T>(ReadOptions);
                return value ?? throw new LenientReadException("", EmptyBody, found);
            }
            catch (JsonException problem) when (problem is not LenientReadException)
            {
                document ??= Parse(body);

                // Stryker disable once String : the serializer gives every exception it throws a path ("$" at the least); "" only satisfies the nullable type
                var current = JsonPointers.FromPath(problem.Path) ?? "";

                // Warnings and causes name the answer's indexes; only removing uses where the value is now.
                var pointer = positions.InAnswer(document, current);
                var cause = MissingMember(problem) is { } member ? JsonPointers.Append(pointer, member) : pointer;

                // Name the field whose problem started the cascade: /incident/id, not /incident.
                while (causes.TryGetValue(cause, out var deeper) && deeper != cause)
                {
                    cause = deeper;
                }

                if (current.Length == 0 || found.Count >= MaxLeftOut || !positions.TryRemove(document, current))
                {
                    throw new LenientReadException(cause, Describe(problem), found);
                }

                if (cause != pointer)
                {
                    causes[pointer] = cause;
                }

                // What was left out inside this value before is gone with it: one warning per value left out.
                found.RemoveAll(w => w.Field?.StartsWith(pointer + "/", StringComparison.Ordinal) == true);
                found.Add(new ActionErrorDetail(
                    pointer,
                    cause == pointer ? $"left out: {Describe(problem)}" : $"left out: it needs '{cause[(pointer.Length + 1)..]}', which is missing or unreadable",
                    "unreadable"));
            }
        }
    }

    /// <summary>The UTF-8 body as <typeparamref name="T"/>, and what had to be left out to read it. A body that reads
    /// cleanly is read once, straight from its bytes into the model (no text copy; the bytes are a pooled buffer); only
    /// one with problems (or a <c>null</c> list item) is read again as text.</summary>
    /// <param name="utf8Body">A seekable stream over the answer's UTF-8 bytes (a buffered HTTP body), read from its position; empty or blank reads as JSON <c>null</c>.</param>
    /// <exception cref="LenientReadException">Something the plugin needs is missing or unreadable; it names the field.</exception>
    public static T Read<T>(Stream utf8Body, out IReadOnlyList<ActionErrorDetail> warnings)
    {
        ArgumentNullException.ThrowIfNull(utf8Body);
        // Stryker disable once Checked : only a body over 2 GiB overflows, and both forms then fail to read it
        var length = checked((int)(utf8Body.Length - utf8Body.Position));
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            utf8Body.ReadExactly(buffer, 0, length);
            var bytes = new ReadOnlySpan<byte>(buffer, 0, length);
            if (bytes.StartsWith(Encoding.UTF8.Preamble))
            {
                // A byte order mark, which reading from a stream skipped and reading from bytes does not.
                bytes = bytes[Encoding.UTF8.Preamble.Length..];
            }

            // A blank body fails here and is read below as text, as JSON null.
            if (!HasNullItem(bytes))
            {
                try
                {
                    warnings = [];
                    return JsonSerializer.Deserialize<T>(bytes, ReadOptions) ?? throw new LenientReadException("", EmptyBody, []);
                }
                catch (JsonException problem) when (problem is not LenientReadException)
                {
                    // Read again as text below, leaving out what cannot be read.
                }
            }

            return Read<T>(Encoding.UTF8.GetString(bytes), out warnings);
        }
        // Stryker disable once Block,Statement : memory only; a buffer not returned is collected
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // A null item of an array (incident.io never sends one) would reach the actions as a null model: look for one cheaply.
    private static bool HasNullItem(string body) => HasNullItem(Encoding.UTF8.GetBytes(body));

    // Stryker disable once Logical : speed only; a yes from the cheap pre-check alone ("[null" inside a string, say) sends the body through the parsed document, which reads the same
    private static bool HasNullItem(ReadOnlySpan<byte> body) => MayHaveNullItem(body) && ContainsNullItem(body);

    // Answers are full of null property values (after ':'); a null item follows '[' or ','. Only then tokenise.
    private static bool MayHaveNullItem(ReadOnlySpan<byte> body)
    {
        // Stryker disable once Equality : "null" at the start of what is left follows another "null": not JSON either way
        for (var rest = body; rest.IndexOf("null"u8) is var at and >= 0; rest = rest[(at + 4)..])
        {
            if (rest[..at].TrimEnd(" \t\r\n"u8) is [.., (byte)'[' or (byte)','])
            {
                return true;
            }
        }

        // Stryker disable once Boolean : speed only; tokenising every body finds the same null items
        return false;
    }

    // True only for a whole JSON document with a null item: a body that is not JSON goes to deserialising, which says so.
    private static bool ContainsNullItem(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        var inArray = new Stack<bool>();

        // Stryker disable once Boolean : speed only; a yes for a document without null items sends it through the parsed document, which reads the same
        var found = false;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartArray or JsonTokenType.StartObject:
                        inArray.Push(reader.TokenType == JsonTokenType.StartArray);
                        break;
                    case JsonTokenType.EndArray or JsonTokenType.EndObject:
                        inArray.Pop();
                        break;
                    case JsonTokenType.Null:
                        // Stryker disable once Logical : speed only; counting null members as items sends the body through the parsed document, which reads the same
                        if (inArray.TryPeek(out var array) && array)
                        {
                            found = true;
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Stryker disable once Boolean : a body the reader cannot tokenise is not JSON, and both ways end in Parse's "not JSON" error
            return false;
        }

        return found;
    }

    private static JsonNode WithoutNullItems(string body, List<ActionErrorDetail> found, AnswerPositions positions)
    {
        var document = Parse(body);
        RemoveNullItems(document, "", found, positions);
        return document;
    }

    // Last item first, so that the indexes still to visit are the answer's.
    private static void RemoveNullItems(JsonNode? node, string pointer, List<ActionErrorDetail> found, AnswerPositions positions)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    RemoveNullItems(value, JsonPointers.Append(pointer, name), found, positions);
                }

                break;
            case JsonArray a:
                for (var i = a.Count - 1; i >= 0; i--)
                {
                    var item = JsonPointers.Append(pointer, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    if (a[i] is null)
                    {
                        positions.RemoveAt(a, i);
                        found.Add(new ActionErrorDetail(item, "left out: a null item", "unreadable"));
                    }
                    else
                    {
                        RemoveNullItems(a[i], item, found, positions);
                    }
                }

                break;
        }
    }

    // "... missing required properties including: 'slack_team_id'." names the member that is missing.
    private static string? MissingMember(JsonException problem) =>
        MissingMemberMessage().Match(problem.Message) is { Success: true } match ? match.Groups["member"].Value : null;

    [GeneratedRegex("missing required properties including: '(?<member>[^']+)'")]
    private static partial Regex MissingMemberMessage();

    // The body as a document to leave values out of: it is JSON (else the whole body fails) and names no member twice.
    private static JsonNode Parse(string body)
    {
        try
        {
            return JsonNode.Parse(body, documentOptions: DuplicateMembers.Refused) ?? throw new LenientReadException("", EmptyBody, []);
        }
        catch (JsonException invalid) when (invalid is not LenientReadException)
        {
            throw new LenientReadException(
                "",
                DuplicateMembers.NameIn(invalid) is { } member
                    ? $"names the member '{member}' twice in one object, so which value is meant is unclear"
                    : $"not JSON: {Describe(invalid)}",
                []);
        }
    }

    // STJ's messages end with its own path and position (a parsed document's with the position only), and name the plugin's
    // types; the pointer says where, so keep what was wrong in words a workflow builder can act on.
    private static string Describe(JsonException problem)
    {
        var message = problem.Message.Split([" Path: ", " LineNumber: "], 2, StringSplitOptions.None)[0].TrimEnd('.');
        if (MissingMember(problem) is not null)
        {
            return "missing or unreadable, and the plugin needs it";
        }

        if (message.Contains("doesn't allow setting null values", StringComparison.Ordinal))
        {
            return "null, and the plugin needs a value";
        }

        const string Conversion = "The JSON value could not be converted to ";
        return message.StartsWith(Conversion, StringComparison.Ordinal) ? $"not readable as {Readable(message[Conversion.Length..])}" : message;
    }

    private static string Readable(string type) => type switch
    {
        "System.String" => "a string",
        "System.DateTimeOffset" or "System.Nullable`1[System.DateTimeOffset]" => "a date-time",
        "System.Boolean" or "System.Nullable`1[System.Boolean]" => "a boolean",
        _ when type.Contains("Int", StringComparison.Ordinal) || type.Contains("Double", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) => "a number",
        _ when type.Contains("List", StringComparison.Ordinal) => "a list",
        _ => "an object",
    };
}
