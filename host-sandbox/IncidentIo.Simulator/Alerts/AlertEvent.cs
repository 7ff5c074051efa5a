namespace IncidentIo.Simulator.Alerts;

/// <summary>A checked AlertEventsCreateHTTPPayloadV2 for one source.</summary>
internal sealed record AlertEvent(string SourceId, string DeduplicationKey, string Status, string Title, string? Description, string? SourceUrl);
