using System.Text.Json.Nodes;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Ids;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.Payloads;
using IncidentIo.Simulator.State;
using IncidentIo.Simulator.Webhooks;

namespace IncidentIo.Simulator.Alerts;

/// <summary>
/// <c>POST /v2/alert_events/http/{alert_source_config_id}</c>: checks AlertEventsCreateHTTPPayloadV2 and answers 202
/// with AlertEventsCreateHTTPResultV2. incident.io processes the event later; the simulator applies it before answering,
/// so a list right after sees it. The source's token was checked by AlertSourceAuthMiddleware.
/// </summary>
internal static class AlertEventsEndpoint
{
    public static readonly string[] Statuses = ["firing", "resolved"];

    public static async Task<IResult> HandleAsync(
        string alert_source_config_id, HttpContext context, SimulatorState state, UlidGenerator ids, TimeProvider clock, WebhookOutbox webhooks)
    {
        var body = await SimulatorJson.ReadObjectAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            return ApiError.BadRequest("The request body must be a JSON object");
        }

        var reader = new PayloadReader(body, "", []);
        var title = reader.String("title", required: true);
        var status = reader.Enum("status", Statuses, required: true);
        var key = reader.String("deduplication_key");
        var description = reader.String("description");
        var sourceUrl = reader.String("source_url");
        reader.Object("metadata");
        if (reader.Errors.Count > 0)
        {
            return ApiError.Validation(reader.Errors);
        }

        // incident.io answers with the key it used; without one it makes one up (the simulator: a fresh id).
        key = string.IsNullOrEmpty(key) ? ids.Next() : key;
        var alert = state.Alerts.Apply(new AlertEvent(alert_source_config_id, key, status!, title!, description, sourceUrl), ids.Next, clock.GetUtcNow(), out var change);
        Publish(webhooks, state, alert, change);
        return new JsonResult(
            new JsonObject { ["status"] = "success", ["message"] = "Event accepted for processing", ["deduplication_key"] = key },
            StatusCodes.Status202Accepted);
    }

    /// <summary>Sends the webhook of an alert that started firing or was resolved (an update of a firing alert sends none: the spec has no such event).</summary>
    internal static void Publish(WebhookOutbox webhooks, SimulatorState state, JsonObject? alert, AlertChange change)
    {
        if (alert is null || change is not (AlertChange.Opened or AlertChange.Resolved))
        {
            return;
        }

        var source = state.Catalog.AlertSources.FirstOrDefault(s => (string?)s["id"] == (string?)alert["alert_source_id"]);
        var isPrivate = source?["template"]?["is_private"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
        webhooks.Publish(change == AlertChange.Opened ? AlertWebhookEvents.Created(alert, isPrivate) : AlertWebhookEvents.Resolved(alert, isPrivate));
    }
}
