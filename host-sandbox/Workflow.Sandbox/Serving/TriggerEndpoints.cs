using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Workflow.Hosting.Describing;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Triggers;

namespace Workflow.Sandbox.Serving;

/// <summary>
/// GET /api/triggers: every loaded trigger as <c>describe</c> shows it (events, fields, setup, examples), plus where a
/// builder's user sets it up: the receiver path and local URL <c>listen</c> serves, and the connection field (and its
/// environment variable) the signing secret goes into.
/// </summary>
internal static class TriggerEndpoints
{
    /// <summary>The port <c>listen</c> uses by default, for the local URL shown.</summary>
    public const int ListenPort = 8790;

    public static void Map(IEndpointRouteBuilder api, BuilderSession session) =>
        api.MapGet("/triggers", () => ApiResults.Json(session.Sandbox.Masker, List(session.Sandbox.Catalog)));

    private static JsonObject List(PluginCatalog catalog) => new()
    {
        ["triggers"] = new JsonArray([.. catalog.Plugins.SelectMany(plugin => plugin.Triggers.Select(trigger =>
        {
            var description = TriggerDescription.Build(trigger);
            description["plugin"] = plugin.Manifest.Id;
            if (trigger.Manifest.Poll is null)
            {
                description["receiver"] = Receiver(plugin);
            }

            return description;
        }))]),
    };

    private static JsonObject Receiver(LoadedPlugin plugin)
    {
        var secret = plugin.Manifest.Connection?.Fields.GetValueOrDefault(WebhookReceiver.SigningSecretField);
        return new JsonObject
        {
            ["path"] = WebhookReceiver.Path,
            ["local_url"] = $"http://127.0.0.1:{ListenPort}{WebhookReceiver.Path}",
            ["secret_field"] = secret is null ? null : WebhookReceiver.SigningSecretField,
            ["secret_title"] = secret?.Title,
            ["secret_env"] = secret?.Env,
        };
    }
}
