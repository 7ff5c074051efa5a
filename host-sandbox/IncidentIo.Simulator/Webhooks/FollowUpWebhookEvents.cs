using System.Text.Json.Nodes;

namespace IncidentIo.Simulator.Webhooks;

/// <summary>
/// The follow-up events incident.io sends (openapi.json <c>x-webhooks</c>, the v2 ones), public or private by the
/// visibility of the follow-up's incident: a public event carries the follow-up (FollowUpV2), a private one only
/// <c>{"id": …}</c>.
/// </summary>
internal static class FollowUpWebhookEvents
{
    public const string PublicCreated = "public_incident.follow_up_created_v2";
    public const string PrivateCreated = "private_incident.follow_up_created_v2";
    public const string PublicUpdated = "public_incident.follow_up_updated_v2";
    public const string PrivateUpdated = "private_incident.follow_up_updated_v2";

    /// <summary>The event of a new follow-up of <paramref name="incident"/>.</summary>
    public static IEnumerable<(string EventType, JsonObject Payload)> Created(JsonObject followUp, JsonObject? incident) =>
        [IsPrivate(incident) ? (PrivateCreated, PrivateResource.Of(followUp)) : (PublicCreated, followUp)];

    /// <summary>The event of an edited follow-up of <paramref name="incident"/>.</summary>
    public static IEnumerable<(string EventType, JsonObject Payload)> Updated(JsonObject followUp, JsonObject? incident) =>
        [IsPrivate(incident) ? (PrivateUpdated, PrivateResource.Of(followUp)) : (PublicUpdated, followUp)];

    private static bool IsPrivate(JsonObject? incident) => (string?)incident?["visibility"] == "private";
}
