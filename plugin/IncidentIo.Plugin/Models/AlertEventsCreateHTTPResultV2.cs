namespace IncidentIo.Plugin.Models;

/// <summary>The 202 body of <c>POST /v2/alert_events/http/{alert_source_config_id}</c>. Spec schema <c>AlertEventsCreateHTTPResultV2</c>.</summary>
internal sealed record AlertEventsCreateHTTPResultV2
{
    /// <summary>The deduplication key the event was accepted under.</summary>
    public required string DeduplicationKey { get; init; }

    /// <summary>What happened, e.g. "Event accepted for processing".</summary>
    public string? Message { get; init; }

    /// <summary>e.g. <c>success</c>.</summary>
    public required string Status { get; init; }
}
