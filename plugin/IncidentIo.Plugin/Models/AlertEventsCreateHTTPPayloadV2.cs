using System.Text.Json;

namespace IncidentIo.Plugin.Models;

/// <summary>The body of <c>POST /v2/alert_events/http/{alert_source_config_id}</c>. Spec schema <c>AlertEventsCreateHTTPPayloadV2</c>.</summary>
internal sealed record AlertEventsCreateHTTPPayloadV2
{
    /// <summary>Identifies the alert within the source: a firing and a resolved event with the same key are the same alert.</summary>
    public string? DeduplicationKey { get; init; }

    /// <summary>Description of the alert (markdown).</summary>
    public string? Description { get; init; }

    /// <summary>Any JSON object; keys the source maps become alert attributes.</summary>
    public JsonElement? Metadata { get; init; }

    /// <summary>Link back to the alert in the upstream system.</summary>
    public string? SourceUrl { get; init; }

    /// <summary><c>firing</c> or <c>resolved</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Title of the alert.</summary>
    public required string Title { get; init; }
}
