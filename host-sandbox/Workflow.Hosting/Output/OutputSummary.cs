using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflow.Hosting.Output;

/// <summary>
/// Short, service-agnostic summaries of an action output: scalars as they are, arrays by their length,
/// objects by their identity (<c>reference</c>, <c>name</c>, else <c>id</c>) plus the names of their child
/// objects (an incident: <c>INC-7 "Disk full" (severity: Critical, incident_status: Investigating)</c>),
/// or, without an identity, by their first few fields, one level deep.
/// </summary>
internal static class OutputSummary
{
    private const int MaxText = 60;
    private const int MaxParts = 4;
    private const int MaxLine = 220;

    /// <summary>One line: each top-level field of the output and its summary.</summary>
    public static string Line(JsonNode? output) => Cap(output is JsonObject obj
        ? string.Join(" · ", obj.Select(p => $"{p.Key}: {Describe(p.Value)}"))
        : Describe(output), MaxLine);

    /// <summary>One value: a scalar, "N items", or an object's identity and child names.</summary>
    public static string Describe(JsonNode? value) => value switch
    {
        null => "null",
        JsonArray array => array.Count == 1 ? "1 item" : $"{array.Count} items",
        JsonObject obj when Identity(obj) is { } identity => ChildNames(obj) is { Length: > 0 } names ? $"{identity} ({names})" : identity,
        JsonObject obj => $"{{{string.Join(", ", obj.Take(MaxParts).Select(p => $"{p.Key}={Shallow(p.Value)}"))}}}",
        _ => Scalar(value),
    };

    /// <summary>What identifies an array item: its identity, else its summary.</summary>
    public static string Item(JsonNode? item) => item is JsonObject obj && Identity(obj) is { } identity ? identity : Describe(item);

    private static string? Identity(JsonObject obj)
    {
        var reference = Text(obj["reference"]);
        var name = Text(obj["name"]);
        var parts = new[] { reference, name is null ? null : Quote(name) }.OfType<string>().ToList();
        if (parts.Count == 0 && Text(obj["id"]) is { } id)
        {
            parts.Add(id);
        }

        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    private static string ChildNames(JsonObject obj) => string.Join(", ", obj
        .Where(p => p.Value is JsonObject child && Text(child["name"]) is not null)
        .Take(MaxParts)
        .Select(p => $"{p.Key}: {Text(p.Value!["name"])}"));

    // A field inside an object without identity: no deeper than one level.
    private static string Shallow(JsonNode? node) => node switch
    {
        JsonArray array => $"[{array.Count}]",
        JsonObject obj => Identity(obj) ?? "{…}",
        _ => Scalar(node),
    };

    private static string Scalar(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String
        ? Quote(value.GetValue<string>())
        : node?.ToJsonString() ?? "null";

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static string Quote(string text) => $"\"{Cap(text, MaxText)}\"";

    private static string Cap(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
