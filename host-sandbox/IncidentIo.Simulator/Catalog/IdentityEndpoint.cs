using System.Text.Json.Nodes;
using IncidentIo.Simulator.Auth;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.State;

namespace IncidentIo.Simulator.Catalog;

/// <summary><c>GET /v1/identity</c>: the calling key's name and roles (UtilitiesIdentityResultV1).</summary>
internal static class IdentityEndpoint
{
    public static IResult Handle(HttpContext context, SimulatorState state)
    {
        var caller = BearerAuthMiddleware.Caller(context);
        return new JsonResult(new JsonObject
        {
            ["identity"] = new JsonObject
            {
                ["name"] = caller.Name,
                ["dashboard_url"] = state.Catalog.DashboardUrl,
                ["roles"] = new JsonArray(caller.Roles.Select(r => (JsonNode?)r).ToArray()),
                ["team_roles"] = new JsonArray(),
                ["teams"] = new JsonArray(),
            },
        });
    }
}
