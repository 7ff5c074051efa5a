using System.Text.Json.Nodes;
using IncidentIo.Simulator.Auth;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Ids;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.Payloads;
using IncidentIo.Simulator.State;

namespace IncidentIo.Simulator.FollowUps;

/// <summary><c>POST /v2/follow_ups</c> (201): checks FollowUpsCreatePayloadV2 against a known incident and stores an outstanding follow-up.</summary>
internal static class FollowUpEndpoints
{
    public static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state, UlidGenerator ids, TimeProvider clock)
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
        return new JsonResult(new JsonObject { ["follow_up"] = followUp.DeepClone() }, StatusCodes.Status201Created);
    }
}
