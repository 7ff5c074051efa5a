using System.Text.Json.Nodes;

namespace IncidentIo.Simulator.Webhooks;

/// <summary>
/// The incident events incident.io sends (openapi.json <c>x-webhooks</c>), public or private by the incident's
/// visibility: a public event carries the incident (<c>WebhookIncidentV2</c>, or <c>IncidentWithStatusChangeV2</c>
/// for a status change), a private one only <c>{"id": …}</c> (<c>WebhookPrivateResourceV2</c>). A status change of a
/// private incident has no event of its own (the spec has no private variant): only the update is sent.
/// </summary>
internal static class IncidentWebhookEvents
{
    public const string PublicCreated = "public_incident.incident_created_v2";
    public const string PrivateCreated = "private_incident.incident_created_v2";
    public const string PublicUpdated = "public_incident.incident_updated_v2";
    public const string PrivateUpdated = "private_incident.incident_updated_v2";
    public const string PublicStatusUpdated = "public_incident.incident_status_updated_v2";

    /// <summary>The event of a newly declared incident.</summary>
    public static IEnumerable<(string EventType, JsonObject Payload)> Created(JsonObject incident) =>
        [IsPrivate(incident) ? (PrivateCreated, PrivateResource.Of(incident)) : (PublicCreated, incident)];

    /// <summary>The events of an edit: the update, and for a public incident whose status changed, the status change.</summary>
    public static IEnumerable<(string EventType, JsonObject Payload)> Updated(JsonObject incident, JsonObject? previousStatus)
    {
        if (IsPrivate(incident))
        {
            yield return (PrivateUpdated, PrivateResource.Of(incident));
            yield break;
        }

        yield return (PublicUpdated, incident);
        if (previousStatus is not null && incident["incident_status"] is JsonObject status && (string?)status["id"] != (string?)previousStatus["id"])
        {
            yield return (PublicStatusUpdated, new JsonObject
            {
                ["incident"] = incident.DeepClone(),
                ["previous_status"] = previousStatus.DeepClone(),
                ["new_status"] = status.DeepClone(),
            });
        }
    }

    private static bool IsPrivate(JsonObject incident) => (string?)incident["visibility"] == "private";
}
