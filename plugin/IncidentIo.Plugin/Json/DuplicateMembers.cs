using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IncidentIo.Plugin.Json;

/// <summary>
/// A member named twice in one object (<c>{"id":"a","id":"b"}</c>): JSON leaves which value counts open (RFC 8259,
/// section 4). System.Text.Json's serializer takes the last one, while a parsed <see cref="JsonObject"/> throws an
/// <see cref="ArgumentException"/> when first touched. The plugin refuses such a document wherever it parses one, so the
/// problem arrives as the <see cref="JsonException"/> its callers already handle.
/// </summary>
internal static partial class DuplicateMembers
{
    /// <summary>For <c>JsonNode.Parse</c>: a member named twice throws a <see cref="JsonException"/> while parsing.</summary>
    public static JsonDocumentOptions Refused { get; } = new() { AllowDuplicateProperties = false };

    /// <summary>The member named twice that <paramref name="problem"/> reports, or null when it reports something else.</summary>
    public static string? NameIn(JsonException problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Message().Match(problem.Message) is { Success: true } match ? match.Groups["member"].Value : null;
    }

    // "Duplicate property 'id' encountered during deserialization …", from parsing and from the serializer alike.
    [GeneratedRegex("Duplicate property '(?<member>[^']*)'")]
    private static partial Regex Message();
}
