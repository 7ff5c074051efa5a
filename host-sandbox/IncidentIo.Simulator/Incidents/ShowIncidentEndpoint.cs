using System.Text.Json.Nodes;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.State;

namespace IncidentIo.Simulator.Incidents;

/// <summary><c>GET /v2/incidents/{id}</c>: by full id or by the numeric part of the reference ("123" for INC-123).</summary>
internal static class ShowIncidentEndpoint
{
    public static IResult Handle(string id, SimulatorState state) =>
        state.Find(id) is { } incident
            ? new JsonResult(new JsonObject { ["incident"] = incident })
            : NotFound(id);

    // incident.io's 404 body is not documented; type and code "not_found" are the simulator's choice.
    public static ApiError NotFound(string id) => ApiError.NotFound($"No incident found with id '{id}'");
}
