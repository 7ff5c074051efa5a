using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflow.Hosting.Triggers;

/// <summary>
/// incident.io's delivery body, <c>{"event_type": T, "T": payload}</c> (openapi.json <c>x-webhooks</c>), parsed once:
/// the receiver parses it before answering and hands the result to the background run, which does not parse it again.
/// Duplicate property names are refused (which one would count is undefined), so a body the receiver accepts can
/// always be read later.
/// </summary>
/// <param name="EventType">The <c>event_type</c>, a non-empty string.</param>
/// <param name="Root">The whole body.</param>
internal sealed record WebhookEnvelope(string EventType, JsonElement Root)
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary>Parses UTF-8 bytes; false when they are not JSON (<paramref name="jsonError"/> says why) or JSON but not the envelope (<paramref name="jsonError"/> null: <c>/event_type</c> is missing or not a string).</summary>
    /// <param name="utf8">The body.</param>
    /// <param name="envelope">The envelope, or null.</param>
    /// <param name="jsonError">The parser's message when the bytes are not JSON (or repeat a property name), else null.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out WebhookEnvelope? envelope, out string? jsonError)
    {
        JsonElement root;
        try
        {
            root = JsonElement.Parse(utf8, Strict);
        }
        catch (JsonException ex)
        {
            (envelope, jsonError) = (null, ex.Message);
            return false;
        }

        if (root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("event_type"u8, out var type)
            && type.ValueKind == JsonValueKind.String
            && type.GetString() is { Length: > 0 } eventType)
        {
            (envelope, jsonError) = (new WebhookEnvelope(eventType, root), null);
            return true;
        }

        (envelope, jsonError) = (null, null);
        return false;
    }

    /// <summary>As <see cref="TryParse(ReadOnlySpan{byte}, out WebhookEnvelope?, out string?)"/>, from text (a recovered or recorded delivery).</summary>
    public static bool TryParse(string text, out WebhookEnvelope? envelope, out string? jsonError) =>
        TryParse(Encoding.UTF8.GetBytes(text), out envelope, out jsonError);

    /// <summary>The envelope of a body that was accepted before (the store only holds bodies that parsed).</summary>
    /// <exception cref="JsonException">The bytes are not an envelope.</exception>
    public static WebhookEnvelope Parse(ReadOnlySpan<byte> utf8) =>
        TryParse(utf8, out var envelope, out var jsonError) ? envelope! : throw new JsonException(jsonError ?? "Not a webhook envelope: no string event_type.");

    /// <summary>The body as a read-only node tree over <see cref="Root"/> (built lazily as it is read).</summary>
    public JsonObject ToJsonObject() => JsonObject.Create(Root)!;
}
