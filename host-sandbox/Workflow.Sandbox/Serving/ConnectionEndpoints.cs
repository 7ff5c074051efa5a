using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Workflow.Abstractions;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Running;

namespace Workflow.Sandbox.Serving;

/// <summary>
/// GET /api/connection: each plugin's connection fields (from plugin.json) and whether the page set them — never a
/// value. PUT /api/connection with <c>{"plugin": "incidentio", "values": {"api_key": "…"}}</c> replaces the page's values.
/// </summary>
internal static class ConnectionEndpoints
{
    public static void Map(IEndpointRouteBuilder api, BuilderSession session)
    {
        api.MapGet("/connection", () => ApiResults.Json(session.Sandbox.Masker, Describe(session)));
        api.MapPut("/connection", (HttpContext context, CancellationToken cancellationToken) => SetAsync(session, context, cancellationToken));
    }

    private static async Task<IResult> SetAsync(BuilderSession session, HttpContext context, CancellationToken cancellationToken)
    {
        var masker = session.Sandbox.Masker;
        var (body, error) = await RequestBody.ReadAsync(context, session, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var pluginId = body?["plugin"] is JsonValue id && id.TryGetValue<string>(out var text) ? text : null;
        if (pluginId is null || session.Sandbox.Catalog.FindPlugin(pluginId) is not { } plugin)
        {
            return ApiResults.Problem(masker, StatusCodes.Status422UnprocessableEntity, HostErrorCodes.Usage,
                $"\"plugin\" must name a loaded plugin: {string.Join(", ", session.Sandbox.Catalog.Plugins.Select(p => p.Manifest.Id))}.", [new ActionErrorDetail("/plugin", "unknown plugin")]);
        }

        var fields = plugin.Manifest.Connection.Fields;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var problems = new List<ActionErrorDetail>();
        foreach (var (name, value) in body!["values"] as JsonObject ?? [])
        {
            if (!fields.ContainsKey(name))
            {
                problems.Add(new ActionErrorDetail($"/values/{name}", $"{plugin.Manifest.Id} has no connection field '{name}'"));
            }
            else if (value is JsonValue v && v.TryGetValue<string>(out var s))
            {
                values[name] = s;
            }
            else if (value is not null)
            {
                problems.Add(new ActionErrorDetail($"/values/{name}", "must be a string"));
            }
        }

        if (problems.Count > 0)
        {
            return ApiResults.Problem(masker, StatusCodes.Status422UnprocessableEntity, ActionErrorCodes.ValidationFailed, "The connection values are not valid.", problems);
        }

        session.Page.Set(pluginId, values, fields.Where(f => f.Value.Secret).Select(f => f.Key).ToHashSet(StringComparer.Ordinal));
        return ApiResults.Json(masker, Describe(session));
    }

    private static JsonObject Describe(BuilderSession session) => new()
    {
        ["simulate"] = session.Simulation is not null,
        ["plugins"] = new JsonArray([.. session.Sandbox.Catalog.Plugins.Select(p => Plugin(session, p))]),
    };

    private static JsonObject Plugin(BuilderSession session, LoadedPlugin plugin)
    {
        var set = session.Page.For(plugin.Manifest.Id);
        var connection = plugin.Manifest.Connection;
        return new JsonObject
        {
            ["id"] = plugin.Manifest.Id,
            ["name"] = plugin.Manifest.DisplayName,
            ["title"] = connection.Title,
            ["test_action"] = plugin.Manifest.TestConnection,
            ["fields"] = new JsonArray([.. connection.Fields.Select(f => new JsonObject
            {
                ["name"] = f.Key,
                ["title"] = f.Value.Title,
                ["description"] = f.Value.Description,
                ["secret"] = f.Value.Secret,
                ["required"] = f.Value.Required,
                ["placeholder"] = f.Value.Placeholder ?? f.Value.Default,
                ["set"] = set.ContainsKey(f.Key),
            })]),
        };
    }
}
