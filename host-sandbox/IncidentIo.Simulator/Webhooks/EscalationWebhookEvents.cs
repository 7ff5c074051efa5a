using System.Text.Json.Nodes;

namespace IncidentIo.Simulator.Webhooks;

/// <summary>
/// The escalation events incident.io sends (openapi.json <c>x-webhooks</c>): <c>public_escalation.escalation_created_v1</c>
/// with the escalation (EscalationV2), and <c>public_escalation.escalation_status_updated_v1</c> with
/// <c>{escalation, previous_status, new_status}</c>. The simulator's escalations are all public (it has no private ones).
/// </summary>
internal static class EscalationWebhookEvents
{
    public const string PublicCreated = "public_escalation.escalation_created_v1";
    public const string PublicStatusUpdated = "public_escalation.escalation_status_updated_v1";

    /// <summary>The event of a new escalation (not of an idempotent replay).</summary>
    public static IEnumerable<(string EventType, JsonObject Payload)> Created(JsonObject escalation) => [(PublicCreated, escalation)];

    /// <summary>The event of a status change; none when the status did not change.</summary>
    public static IEnumerable<(string EventType, JsonObject Payload)> StatusUpdated(JsonObject escalation, string previousStatus) =>
        (string?)escalation["status"] is { } status && status != previousStatus
            ? [(PublicStatusUpdated, new JsonObject { ["escalation"] = escalation.DeepClone(), ["previous_status"] = previousStatus, ["new_status"] = status })]
            : [];
}
