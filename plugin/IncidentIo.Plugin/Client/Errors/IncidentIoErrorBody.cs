using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentIo.Plugin.Json;

namespace IncidentIo.Plugin.Client.Errors;

/// <summary>
/// incident.io's error body (<c>{type, status, request_id, errors:[{code, message, source:{field}}]}</c>),
/// read leniently: the spec declares no error schema, real bodies leave fields out, and a proxy may
/// answer with HTML or nothing. Anything unreadable is simply absent.
/// </summary>
internal sealed record IncidentIoErrorBody(string? Type, string? RequestId, IReadOnlyList<IncidentIoErrorItem> Errors)
{
    public static IncidentIoErrorBody Empty { get; } = new(null, null, []);

    public static IncidentIoErrorBody Parse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return Empty;
        }

        JsonObject? root;
        try
        {
            root = JsonNode.Parse(content, documentOptions: DuplicateMembers.Refused) as JsonObject;
        }
        catch (JsonException)
        {
            return Empty;
        }

        if (root is null)
        {
            return Empty;
        }

        var errors = (root["errors"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(e => new IncidentIoErrorItem(Text(e["code"]), Text(e["message"]), Text((e["source"] as JsonObject)?["field"])))
            .ToList();
        return new IncidentIoErrorBody(Text(root["type"]), Text(root["request_id"]), errors);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
