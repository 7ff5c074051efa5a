using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentIo.Simulator.Json;

/// <summary>How the simulator writes JSON: incident.io's timestamp format and compact output.</summary>
internal static class SimulatorJson
{
    /// <summary>incident.io writes UTC timestamps with microseconds, e.g. 2021-08-17T13:28:57.801578Z.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static async Task WriteAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    /// <summary>Reads the request body as a JSON object; null when it is absent or not an object.</summary>
    public static async Task<JsonObject?> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
