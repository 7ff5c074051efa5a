namespace IncidentIo.Plugin.Actions.SendAlertEvent;

/// <summary>
/// Output of incidentio.send_alert_event: incident.io's answer (<c>AlertEventsCreateHTTPResultV2</c>) and the source it
/// went to. There is no alert id: the alert is made asynchronously; find it with list_alerts by <c>deduplication_key</c>.
/// </summary>
internal sealed record SendAlertEventOutput(string Status, string? Message, string DeduplicationKey, string AlertSourceConfigId);
