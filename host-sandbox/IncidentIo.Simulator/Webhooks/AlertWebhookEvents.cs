using System.Text.Json.Nodes;

namespace IncidentIo.Simulator.Webhooks;

/// <summary>
/// The alert events incident.io sends (openapi.json <c>x-webhooks</c>): <c>public_alert.alert_created_v1</c> and
/// <c>public_alert.alert_resolved_v1</c>, each carrying the alert (AlertV2); for an alert of a private alert source
/// (its template's <c>is_private</c>), the <c>private_alert.*</c> variants with only <c>{"id": …}</c>.
/// </summary>
internal static class AlertWebhookEvents
{
    public const string PublicCreated = "public_alert.alert_created_v1";
    public const string PrivateCreated = "private_alert.alert_created_v1";
    public const string PublicResolved = "public_alert.alert_resolved_v1";
    public const string PrivateResolved = "private_alert.alert_resolved_v1";

    /// <summary>The event of an alert that started firing (a new alert, not an update of one still firing).</summary>
    public static IEnumerable<(string EventType, JsonObject Payload)> Created(JsonObject alert, bool isPrivate) =>
        [isPrivate ? (PrivateCreated, PrivateResource.Of(alert)) : (PublicCreated, alert)];

    /// <summary>The event of an alert that went from firing to resolved.</summary>
    public static IEnumerable<(string EventType, JsonObject Payload)> Resolved(JsonObject alert, bool isPrivate) =>
        [isPrivate ? (PrivateResolved, PrivateResource.Of(alert)) : (PublicResolved, alert)];
}
