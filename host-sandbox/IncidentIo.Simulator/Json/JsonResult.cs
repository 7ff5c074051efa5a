using System.Text.Json.Nodes;

namespace IncidentIo.Simulator.Json;

/// <summary>A 200 response with a JSON body built by the simulator (nodes, not DTOs, so field names stay the spec's).</summary>
internal sealed class JsonResult(JsonNode body) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => SimulatorJson.WriteAsync(httpContext, StatusCodes.Status200OK, body);
}
