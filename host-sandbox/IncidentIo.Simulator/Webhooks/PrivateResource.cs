using System.Text.Json.Nodes;

namespace IncidentIo.Simulator.Webhooks;

/// <summary>The payload of every private event (openapi.json <c>WebhookPrivateResourceV2</c>): only the resource's <c>{"id": …}</c>.</summary>
internal static class PrivateResource
{
    public static JsonObject Of(JsonObject resource) => new() { ["id"] = (string?)resource["id"] };
}
