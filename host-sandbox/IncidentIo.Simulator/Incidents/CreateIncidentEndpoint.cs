using System.Text.Json.Nodes;
using IncidentIo.Simulator.Auth;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Ids;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.Payloads;
using IncidentIo.Simulator.State;
using IncidentIo.Simulator.Webhooks;

namespace IncidentIo.Simulator.Incidents;

/// <summary>
/// <c>POST /v2/incidents</c>: validates IncidentsCreatePayloadV2, stores once per idempotency_key, returns {incident};
/// a new incident sends the incident-created webhook.
/// </summary>
internal static class CreateIncidentEndpoint
{
    public static readonly string[] Visibilities = ["public", "private"];
    public static readonly string[] Modes = ["standard", "retrospective", "test", "tutorial"];

    public static async Task<IResult> HandleAsync(HttpContext context, SimulatorState state, UlidGenerator ids, TimeProvider clock, WebhookOutbox webhooks)
    {
        var body = await SimulatorJson.ReadObjectAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            return ApiError.BadRequest("The request body must be a JSON object");
        }

        var payload = CreatePayload.Read(new PayloadReader(body, "", []), state.Catalog);
        if (payload.Errors.Count > 0)
        {
            return ApiError.Validation(payload.Errors);
        }

        var caller = BearerAuthMiddleware.Caller(context);
        var (incident, created) = state.GetOrCreate(payload.IdempotencyKey!, payload.ExternalId, number => payload.ToRecord(ids.Next(), number, caller, clock.GetUtcNow()));
        if (created)
        {
            // A replay of the same idempotency key declares nothing, so it sends nothing.
            webhooks.Publish(IncidentWebhookEvents.Created(incident!));
        }

        return incident is null
            ? ApiError.Validation("invalid_value", $"An incident with reference {IncidentRenderer.Reference(payload.ExternalId!.Value)} already exists", "retrospective_incident_options.external_id")
            : new JsonResult(new JsonObject { ["incident"] = incident });
    }
}
