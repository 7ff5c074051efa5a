using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Workflow.Abstractions;
using Workflow.Hosting.Describing;
using Workflow.Hosting.Running;
using Workflow.Hosting.Sessions;

namespace Workflow.Sandbox.Serving;

/// <summary>GET /api/actions, GET /api/actions/{id}, POST /api/actions/{id}/run.</summary>
internal static class ActionEndpoints
{
    public static void Map(IEndpointRouteBuilder api, BuilderSession session)
    {
        api.MapGet("/actions", () => ApiResults.Json(session.Sandbox.Masker, List(session)));
        api.MapGet("/actions/{id}", (string id) => session.Sandbox.Catalog.FindAction(id) is { } action
            ? ApiResults.Json(session.Sandbox.Masker, ActionDescription.Build(action))
            : ApiResults.Outcome(session.Sandbox.Masker, ActionAvailability.Unavailable(session.Sandbox.Catalog, id)));
        api.MapPost("/actions/{id}/run", (string id, HttpContext context, CancellationToken cancellationToken) => RunAsync(session, id, context, cancellationToken));
    }

    private static JsonObject List(BuilderSession session)
    {
        var catalog = session.Sandbox.Catalog;
        return new JsonObject
        {
            ["simulate"] = session.Simulation is not null,
            ["actions"] = new JsonArray([.. catalog.Plugins.SelectMany(plugin => plugin.Actions.Select(action => new JsonObject
            {
                ["id"] = action.Id,
                ["plugin"] = plugin.Manifest.Id,
                ["plugin_name"] = plugin.Manifest.DisplayName,
                ["title"] = action.Manifest.Title,
                ["description"] = action.Manifest.Description,
                ["category"] = action.Manifest.Category,
                ["read_only"] = action.Manifest.Annotations.ReadOnly,
            }))]),
            ["problems"] = new JsonArray([.. catalog.Problems.Select(p => JsonValue.Create(p.ToString()))]),
        };
    }

    private static async Task<IResult> RunAsync(BuilderSession session, string id, HttpContext context, CancellationToken cancellationToken)
    {
        var (input, error) = await RequestBody.ReadAsync(context, session, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (session.Sandbox.Catalog.FindAction(id) is not { } action)
        {
            return ApiResults.Outcome(session.Sandbox.Masker, ActionAvailability.Unavailable(session.Sandbox.Catalog, id));
        }

        var outcome = await ActionExecution.RunAsync(session.Sandbox, session.Connections(), action, input, RunInfo.AdHoc(id), session.Timeout, cancellationToken);
        return ApiResults.Outcome(session.Sandbox.Masker, outcome);
    }
}
