using System.Text.Json.Nodes;

namespace IncidentIo.Simulator.Json;

/// <summary>A 2xx response (200 unless given) with a JSON body built by the simulator (nodes, not DTOs, so field names stay the spec's).</summary>
internal sealed class JsonResult(JsonNode body, int status = StatusCodes.Status200OK) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => SimulatorJson.WriteAsync(httpContext, status, body);
}
