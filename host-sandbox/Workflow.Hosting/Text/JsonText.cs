using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Abstractions;

namespace Workflow.Hosting.Text;

/// <summary>
/// Parses the JSON the sandbox reads from its user (<c>--input</c>, workflow files, manifests, <c>serve</c> request
/// bodies) with a member named twice refused, naming the object that does it with a JSON Pointer.
/// </summary>
internal static class JsonText
{
    /// <summary>The parsed value (null for a JSON null).</summary>
    /// <param name="text">The JSON text.</param>
    /// <param name="options">Comments and trailing commas; <c>AllowDuplicateProperties</c> is ignored (always refused).</param>
    /// <exception cref="DuplicateMemberException">An object names a member twice.</exception>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    /// <exception cref="ArgumentException">The text holds a lone UTF-16 surrogate (it cannot be transcoded to UTF-8).</exception>
    public static JsonNode? Parse(string text, JsonDocumentOptions options = default)
    {
        var refused = options with { AllowDuplicateProperties = false };
        try
        {
            return JsonNode.Parse(text, documentOptions: refused);
        }
        catch (JsonException) when (FirstDuplicate(text, options) is { } duplicate)
        {
            throw duplicate;
        }
        catch (InvalidOperationException)
        {
            // A member name escaping a lone surrogate ("x\uDFFF") stops System.Text.Json's duplicate check. Names that can
            // be read are checked here; the validator names the unreadable one with its pointer (UnreadableValues).
            if (FirstDuplicate(text, options) is { } duplicate)
                throw duplicate;
            return JsonNode.Parse(text, documentOptions: options with { AllowDuplicateProperties = true });
        }
    }

    // Null when the text is not JSON at all (the first parse's error stands) or names no member twice.
    private static DuplicateMemberException? FirstDuplicate(string text, JsonDocumentOptions options)
    {
        try
        {
            using var document = JsonDocument.Parse(text, options with { AllowDuplicateProperties = true });
            return FirstDuplicate(document.RootElement, "");
        }
        // Stryker disable once Block : equivalent; an emptied catch falls through to Stryker's "return default", which is this null
        catch (JsonException)
        {
            return null;
        }
    }

    private static DuplicateMemberException? FirstDuplicate(JsonElement element, string pointer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var member in element.EnumerateObject())
                {
                    if (ReadableName(member) is not { } name)
                        continue;
                    if (!names.Add(name))
                        return new DuplicateMemberException(pointer, name);
                    if (FirstDuplicate(member.Value, JsonPointers.Append(pointer, name)) is { } inner)
                        return inner;
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FirstDuplicate(item, $"{pointer}/{index++}") is { } inner)
                        return inner;
                }

                return null;
            default:
                return null;
        }
    }

    private static string? ReadableName(JsonProperty member)
    {
        try
        {
            return member.Name;
        }
        // Stryker disable once Block : equivalent; an emptied catch falls through to Stryker's "return default", which is this null
        catch (InvalidOperationException)
        {
            return null; // an escaped lone surrogate: not comparable as text
        }
    }
}
