using System.Text.Json.Nodes;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Ids;
using IncidentIo.Simulator.IncidentUpdates;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.Payloads;
using IncidentIo.Simulator.State;
using IncidentIo.Simulator.Webhooks;

namespace IncidentIo.Simulator.Incidents;

/// <summary>
/// <c>POST /v2/incidents/{id}/actions/edit</c>: body {incident: IncidentEditPayloadV2, notify_incident_channel}.
/// A partial update: only the fields given change. Error fields are paths like <c>incident.severity_id</c>.
/// A successful edit sends the incident-updated webhook (and status-updated when the status changed).
/// </summary>
internal static class EditIncidentEndpoint
{
    public static async Task<IResult> HandleAsync(string id, HttpContext context, SimulatorState state, TimeProvider clock, WebhookOutbox webhooks, UlidGenerator ids)
    {
        var body = await SimulatorJson.ReadObjectAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            return ApiError.BadRequest("The request body must be a JSON object");
        }

        var root = new PayloadReader(body, "", []);
        var fields = root.Object("incident", required: true);
        root.Bool("notify_incident_channel", required: true);
        var reader = root.Nested(fields, "incident");
        var catalog = state.Catalog;
        var name = reader.String("name");
        var summary = reader.String("summary");
        var callUrl = reader.String("call_url");
        var channelName = reader.String("slack_channel_name_override");
        var severity = reader.Reference("severity_id", catalog, "severities", "severity");
        var status = reader.Reference("incident_status_id", catalog, "incident_statuses", "incident status");
        var nested = NestedChanges.Read(reader, catalog);
        if (root.Errors.Count > 0)
        {
            return ApiError.Validation(root.Errors);
        }

        JsonObject? previousStatus = null;
        var moved = false;
        var (incident, error) = state.Update(id, record =>
        {
            previousStatus = catalog.Find("incident_statuses", record.StatusId);
            var category = (string)(status ?? catalog.Find("incident_statuses", record.StatusId)!)["category"]!;
            if (category != "triage" && severity is null && record.SeverityId is null)
            {
                return ApiError.Validation("is_required", "A severity is required to open an incident", reader.Path("severity_id"));
            }

            record.Name = name ?? record.Name;
            record.Summary = summary ?? record.Summary;
            record.CallUrl = callUrl ?? record.CallUrl;
            record.SlackChannelName = channelName ?? record.SlackChannelName;
            moved = (severity is not null && (string?)severity["id"] != record.SeverityId) || (status is not null && (string?)status["id"] != record.StatusId);
            record.SeverityId = (string?)severity?["id"] ?? record.SeverityId;
            record.StatusId = (string?)status?["id"] ?? record.StatusId;
            nested.ApplyTo(record);
            var now = clock.GetUtcNow();
            // Always move updated_at forward by at least the microsecond incident.io shows.
            record.UpdatedAt = now >= record.UpdatedAt.AddTicks(10) ? now : record.UpdatedAt.AddTicks(10);
            return null;
        });
        if (incident is not null)
        {
            if (moved)
            {
                // incident.io keeps an incident update per status or severity change.
                IncidentUpdateEndpoints.Record(context, state, ids, incident);
            }

            webhooks.Publish(IncidentWebhookEvents.Updated(incident, previousStatus));
        }

        return (IResult?)error ?? (incident is null ? ShowIncidentEndpoint.NotFound(id) : new JsonResult(new JsonObject { ["incident"] = incident }));
    }
}
