using System.Text.Json.Nodes;
using IncidentIo.Simulator.Auth;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Ids;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.Payloads;
using IncidentIo.Simulator.State;
using IncidentIo.Simulator.Webhooks;

namespace IncidentIo.Simulator.FollowUps;

/// <summary>
/// <c>POST /v2/follow_ups</c> (201): checks FollowUpsCreatePayloadV2 against a known incident and stores an outstanding follow-up;
/// <c>GET /v2/follow_ups</c> (filters incident_id, assignee_team_id, incident_mode; no pagination) and <c>GET /v2/follow_ups/{id}</c>.
/// </summary>
internal static class FollowUpEndpoints
{
    private static readonly string[] IncidentModes = ["standard", "retrospective", "test", "tutorial", "stream"];

    public static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state, UlidGenerator ids, TimeProvider clock, WebhookOutbox webhooks)
    {
        var body = await SimulatorJson.ReadObjectAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            return ApiError.BadRequest("The request body must be a JSON object");
        }

        var reader = new PayloadReader(body, "", []);
        var incidentId = reader.String("incident_id", required: true);
        var title = reader.String("title", required: true);
        var description = reader.String("description");
        var labels = reader.Array("labels");
        if (incidentId is not null && state.Find(incidentId) is null)
        {
            reader.Invalid("incident_id", $"No incident found with id '{incidentId}'");
        }

        if (reader.Errors.Count > 0)
        {
            return ApiError.Validation(reader.Errors);
        }

        var caller = BearerAuthMiddleware.Caller(context);
        var now = SimulatorJson.Timestamp(clock.GetUtcNow());
        var followUp = new JsonObject
        {
            ["id"] = ids.Next(),
            ["incident_id"] = incidentId,
            ["title"] = title,
            ["status"] = "outstanding",
            ["labels"] = labels?.DeepClone() ?? new JsonArray(),
            ["creator"] = new JsonObject { ["api_key"] = new JsonObject { ["id"] = caller.Id, ["name"] = caller.Name } },
            ["created_at"] = now,
            ["updated_at"] = now,
        };
        if (description is not null)
        {
            followUp["description"] = description;
        }

        state.FollowUps.Add(followUp);
        webhooks.Publish(FollowUpWebhookEvents.Created(followUp, state.Find(incidentId!)));
        return new JsonResult(new JsonObject { ["follow_up"] = followUp.DeepClone() }, StatusCodes.Status201Created);
    }

    /// <summary>Every match in creation order; without incident_mode, follow-ups of standard and retrospective incidents only.</summary>
    public static IResult List(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        var incidentId = query["incident_id"].ToString();
        var team = query["assignee_team_id"].ToString();
        var mode = query["incident_mode"].ToString();
        if (mode.Length > 0 && !IncidentModes.Contains(mode))
        {
            return ApiError.Validation("invalid_value", $"incident_mode must be one of: {string.Join(", ", IncidentModes)}", "incident_mode");
        }

        string[] modes = mode.Length > 0 ? [mode] : ["standard", "retrospective"];
        var matches = state.FollowUps.All().Where(f =>
            (incidentId.Length == 0 || (string?)f["incident_id"] == incidentId)
            && (team.Length == 0 || (string?)f["assignee_team"]?["id"] == team)
            && modes.Contains((string?)state.Find((string)f["incident_id"]!)?["mode"]));
        return new JsonResult(new JsonObject { ["follow_ups"] = new JsonArray(matches.ToArray<JsonNode?>()) });
    }

    public static IResult Show(string id, SimulatorState state) =>
        state.FollowUps.Find(id) is { } followUp ? new JsonResult(new JsonObject { ["follow_up"] = followUp }) : FollowUpChangeEndpoints.NotFound(id);
}
