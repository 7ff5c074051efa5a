using System.Text.Json.Nodes;

namespace IncidentIo.Simulator.Errors;

/// <summary>
/// The answer to a route the simulator does not implement: 501 with <see cref="SimulatorErrors.NotImplementedType"/>, so it is
/// never mistaken for incident.io's 404 "no such resource". Registered as the last fallback, after every implemented route.
/// </summary>
internal static class NotImplementedRoute
{
    public const string Name = "incident.io simulator";

    public static ApiError For(HttpContext context)
    {
        var route = $"{context.Request.Method} {context.Request.Path}";
        var suggestion = "Run against incident.io itself to call it: --base-url https://api.incident.io with a real API key (INCIDENTIO_API_KEY).";
        return new ApiError(501, SimulatorErrors.NotImplementedType, [new ApiErrorDetail(SimulatorErrors.NotImplementedType, $"The {Name} does not implement {route}. {suggestion}")])
        {
            Extra = new JsonObject
            {
                ["simulator"] = new JsonObject
                {
                    ["name"] = Name,
                    ["method"] = context.Request.Method,
                    ["path"] = context.Request.Path.Value,
                    ["suggestion"] = suggestion,
                },
            },
        };
    }
}
