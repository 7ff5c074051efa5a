using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Workflow.Abstractions;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Running;
using Workflow.Hosting.Sessions;
using Workflow.Sandbox.Cli;
using Workflow.Sandbox.Rendering;

namespace Workflow.Sandbox.Commands;

/// <summary><c>test-connection</c>: runs the plugin's testConnection action; its output's <c>valid</c> decides.</summary>
internal static class TestConnectionCommand
{
    public sealed class Settings : ExecutionSettings
    {
        public string? PluginId { get; set; }
    }

    public static Command Create(CommandServices services)
    {
        var binder = new SettingsBinder<Settings>(new Command("test-connection", "Run the plugin's testConnection action.\nExample: test-connection --simulate"))
            .Option<string>("--plugin", "ID", "The plugin whose connection to test; needed only when several plugins have a testConnection action.", (s, v) => s.PluginId = v);
        ExecutionSettings.Declare(binder);
        return binder.OnRun(services, ExecuteAsync);
    }

    public static async Task<int> ExecuteAsync(CommandServices services, Settings settings, CancellationToken cancellationToken)
    {
        using var session = CommandSessions.Open(services.Environment, settings);
        var outcome = PickAction(session.Catalog, settings.PluginId, out var actionId) ?? Judge(await ActionExecution.RunAsync(
            session, actionId, new JsonObject(), token => CommandSessions.OpenConnectionsAsync(session, settings, token), settings.RunId, settings.StepId, settings.Timeout, cancellationToken));

        if (outcome.Error is null && !settings.Json)
        {
            services.Terminal.Console.MarkupLine($"[green]✓ The connection works ({Markup.Escape(outcome.ActionId)}).[/]");
        }

        OutcomePrinter.Print(services.Terminal, session.Masker, outcome, settings.Json);
        return outcome.ExitCode;
    }

    private static RunOutcome? PickAction(PluginCatalog catalog, string? pluginId, out string actionId)
    {
        var candidates = catalog.Plugins
            .Where(p => pluginId is null ? p.Manifest.TestConnection is not null : p.Manifest.Id == pluginId)
            .ToList();
        actionId = candidates.Count == 1 ? candidates[0].Manifest.TestConnection ?? "" : "";
        var (message, status) = candidates.Count switch
        {
            0 when pluginId is not null && catalog.Problems.Any(p => p.Plugin == pluginId) =>
                ($"The plugin '{pluginId}' could not be loaded; run `validate` for the report.", RunStatus.HostError),
            0 when pluginId is not null => ($"No plugin '{pluginId}' is loaded.", RunStatus.InvalidInput),
            0 => ("No loaded plugin declares a testConnection action.", RunStatus.InvalidInput),
            > 1 => ($"Several plugins can test a connection ({string.Join(", ", candidates.Select(p => p.Manifest.Id))}); pass --plugin.", RunStatus.InvalidInput),
            _ when actionId.Length == 0 => ($"The plugin '{candidates[0].Manifest.Id}' declares no testConnection action.", RunStatus.InvalidInput),
            _ => (null, RunStatus.Succeeded),
        };
        return message is null ? null : RunOutcome.Failed(pluginId ?? "test-connection", status, HostErrorCodes.Usage, message);
    }

    // The action succeeded but may still say the connection is not valid: {"valid": false, "error": ...}.
    private static RunOutcome Judge(RunOutcome outcome)
    {
        if (outcome.Output is not { } output || !output.TryGetProperty("valid", out var valid) || valid.ValueKind != JsonValueKind.False)
        {
            return outcome;
        }

        var error = output.TryGetProperty("error", out var e) ? e : default;
        var message = error.ValueKind switch
        {
            JsonValueKind.String => error.GetString(),
            JsonValueKind.Object when error.TryGetProperty("message", out var m) => m.GetString(),
            _ => null,
        };
        return RunOutcome.Failed(outcome.ActionId, RunStatus.ActionFailed, new ActionError
        {
            Code = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var c) ? c.GetString() ?? HostErrorCodes.ConnectionInvalid : HostErrorCodes.ConnectionInvalid,
            Message = message ?? "The connection test says the connection is not valid.",
        });
    }
}
