using System.Text.Json.Nodes;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Ids;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.Payloads;
using IncidentIo.Simulator.State;
using IncidentIo.Simulator.Webhooks;

namespace IncidentIo.Simulator.Escalations;

/// <summary>
/// <c>POST /v2/escalations</c> (201; exactly one of escalation_path_id and user_ids; once per idempotency_key),
/// <c>GET /v2/escalations/{id}</c>, <c>POST /v2/escalations/{id}/actions/cancel</c> (200, no body) and
/// <c>GET /v2/escalation_paths</c>. Nobody is really paged: a new escalation is <c>triggered</c> with one event.
/// </summary>
internal static class EscalationEndpoints
{
    private static readonly string[] Final = ["resolved", "expired"];

    public static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state, UlidGenerator ids, TimeProvider clock, WebhookOutbox webhooks)
    {
        var body = await SimulatorJson.ReadObjectAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            return ApiError.BadRequest("The request body must be a JSON object");
        }

        var reader = new PayloadReader(body, "", []);
        var key = reader.String("idempotency_key", required: true);
        var title = reader.String("title", required: true);
        var description = reader.String("description");
        var pathId = reader.String("escalation_path_id");
        var users = reader.Array("user_ids");
        var incidentId = reader.String("incident_id");
        if ((pathId is null) == (users is null or { Count: 0 }))
        {
            reader.Invalid("escalation_path_id", "Exactly one of escalation_path_id or user_ids must be provided");
        }

        if (pathId is not null && state.Catalog.EscalationPaths.All(p => (string?)p["id"] != pathId))
        {
            reader.Invalid("escalation_path_id", $"No escalation path found with id '{pathId}'");
        }

        var incident = incidentId is null ? null : state.Find(incidentId);
        if (incidentId is not null && incident is null)
        {
            reader.Invalid("incident_id", $"No incident found with id '{incidentId}'");
        }

        if (reader.Errors.Count > 0)
        {
            return ApiError.Validation(reader.Errors);
        }

        var escalation = state.Escalations.GetOrCreate(key!, () =>
        {
            var now = SimulatorJson.Timestamp(clock.GetUtcNow());
            var created = new JsonObject
            {
                ["id"] = ids.Next(),
                ["title"] = title,
                ["description"] = description ?? "",
                ["status"] = "triggered",
                ["priority"] = new JsonObject { ["name"] = pathId is null ? "High urgency" : "P1" },
                ["creator"] = new JsonObject(),
                ["events"] = new JsonArray(new JsonObject { ["id"] = ids.Next(), ["event"] = "triggered", ["occurred_at"] = now }),
                ["related_incidents"] = new JsonArray(incident is null ? [] : [Slim(incident)]),
                ["related_alerts"] = new JsonArray(),
                ["created_at"] = now,
                ["updated_at"] = now,
            };
            if (pathId is not null)
            {
                created["escalation_path_id"] = pathId;
            }

            return created;
        }, out var isNew);
        if (isNew)
        {
            webhooks.Publish(EscalationWebhookEvents.Created(escalation));
        }

        return new JsonResult(new JsonObject { ["escalation"] = escalation }, StatusCodes.Status201Created);
    }

    public static IResult Show(string id, SimulatorState state) =>
        state.Escalations.Find(id) is { } escalation ? new JsonResult(new JsonObject { ["escalation"] = escalation }) : NotFound(id);

    /// <summary>Cancels; twice is a no-op; resolved or expired escalations answer 422 (incident.io names no status for that).</summary>
    public static IResult Cancel(string id, SimulatorState state, UlidGenerator ids, TimeProvider clock, WebhookOutbox webhooks)
    {
        string? previous = null;
        var (escalation, error) = state.Escalations.Update(id, e =>
        {
            var status = previous = (string?)e["status"];
            if (Final.Contains(status))
            {
                return ApiError.Validation("invalid_value", $"A {status} escalation cannot be cancelled", "id");
            }

            if (status != "cancelled")
            {
                var now = SimulatorJson.Timestamp(clock.GetUtcNow());
                e["status"] = "cancelled";
                e["updated_at"] = now;
                e["events"]!.AsArray().Add(new JsonObject { ["id"] = ids.Next(), ["event"] = "cancelled", ["occurred_at"] = now });
            }

            return null;
        });
        if (escalation is not null && error is null && previous is not null)
        {
            webhooks.Publish(EscalationWebhookEvents.StatusUpdated(escalation, previous));
        }

        return escalation is null ? NotFound(id) : error ?? Results.Ok();
    }

    public static IResult Paths(SimulatorState state) => new JsonResult(new JsonObject
    {
        ["escalation_paths"] = new JsonArray(state.Catalog.EscalationPaths.Select(p => (JsonNode?)p.DeepClone()).ToArray()),
        ["pagination_meta"] = new JsonObject { ["page_size"] = 25 },
    });

    // IncidentSlimV2 spells the live and learning categories "active" and "post-incident".
    private static JsonObject Slim(JsonObject incident) => new()
    {
        ["id"] = incident["id"]!.DeepClone(),
        ["external_id"] = long.Parse(((string)incident["reference"]!)["INC-".Length..], System.Globalization.CultureInfo.InvariantCulture),
        ["name"] = incident["name"]!.DeepClone(),
        ["reference"] = incident["reference"]!.DeepClone(),
        ["visibility"] = incident["visibility"]!.DeepClone(),
        ["status_category"] = (string?)incident["incident_status"]!["category"] switch { "live" => "active", "learning" => "post-incident", var other => other },
    };

    private static ApiError NotFound(string id) => ApiError.NotFound($"No escalation found with id '{id}'");
}
