using System.Text.Json.Nodes;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.State;
using IncidentIo.Simulator.Webhooks;

namespace IncidentIo.Simulator.Alerts;

/// <summary><c>GET /v2/alerts/{id}</c>, <c>POST /v2/alerts/{id}/actions/resolve</c> and <c>GET /v2/alert_sources</c>.</summary>
internal static class AlertEndpoints
{
    public static IResult Show(string id, SimulatorState state) =>
        state.Alerts.Find(id) is { } alert ? new JsonResult(new JsonObject { ["alert"] = alert }) : NotFound(id);

    /// <summary>Resolving a resolved alert returns it unchanged. Non-HTTP sources (e.g. datadog) are resolved upstream: 422.</summary>
    public static IResult Resolve(string id, SimulatorState state, TimeProvider clock, WebhookOutbox webhooks)
    {
        var alert = state.Alerts.Find(id);
        if (alert is null)
        {
            return NotFound(id);
        }

        var source = state.Catalog.AlertSources.FirstOrDefault(s => (string?)s["id"] == (string?)alert["alert_source_id"]);
        if (source is not null && (string?)source["source_type"] is not ("http" or "http_custom"))
        {
            return ApiError.Validation("invalid_value", $"Alerts from {(string?)source["source_type"]} sources can only be resolved by their source", "id");
        }

        var resolved = state.Alerts.Resolve(id, clock.GetUtcNow(), out var change);
        AlertEventsEndpoint.Publish(webhooks, state, resolved, change);
        return new JsonResult(new JsonObject { ["alert"] = resolved });
    }

    /// <summary>Every source of the seed, with alert_events_url on the address the request came to.</summary>
    public static IResult Sources(HttpContext context, SimulatorState state)
    {
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        var sources = state.Catalog.AlertSources.Select(source =>
        {
            var copy = source.DeepClone().AsObject();
            copy["alert_events_url"] = $"{origin}/v2/alert_events/http/{(string)source["id"]!}";
            return (JsonNode?)copy;
        });
        return new JsonResult(new JsonObject { ["alert_sources"] = new JsonArray(sources.ToArray()) });
    }

    // incident.io's 404 body is not documented; type and code "not_found" are the simulator's choice.
    private static ApiError NotFound(string id) => ApiError.NotFound($"No alert found with id '{id}'");
}
