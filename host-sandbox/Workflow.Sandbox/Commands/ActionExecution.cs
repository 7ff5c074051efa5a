using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Workflow.Abstractions;
using Workflow.Sandbox.Connections;
using Workflow.Sandbox.Hosting;
using Workflow.Sandbox.Logging;
using Workflow.Sandbox.Plugins;
using Workflow.Sandbox.Running;

namespace Workflow.Sandbox.Commands;

/// <summary>What run and test-connection share: find the action, resolve its connection, run it.</summary>
internal static class ActionExecution
{
    public static async Task<RunOutcome> RunAsync(SandboxSession session, ExecutionSettings settings, string actionId, JsonNode? input, CancellationToken cancellationToken)
    {
        if (session.Catalog.FindAction(actionId) is not { } action)
        {
            return Unavailable(session.Catalog, actionId);
        }

        var values = CommandLineConnection.Read(settings.BaseUrl, settings.ApiKeyFile, out var error);
        if (values is null)
        {
            return RunOutcome.Failed(actionId, RunStatus.InvalidInput, HostErrorCodes.Usage, error!);
        }

        var connection = ConnectionResolver.Resolve(action.Plugin.Connection, values, session.Environment.GetVariable, session.Masker);
        LogConnection(session.LoggerFactory.CreateLogger<ActionRunner>(), action, connection);

        var stepId = settings.StepId ?? actionId;
        var run = settings.RunId is null ? RunInfo.AdHoc(stepId) : new RunInfo(settings.RunId, stepId, 1);
        var runner = new ActionRunner(session.LoggerFactory, session.Masker, TimeSpan.FromSeconds(settings.TimeoutSeconds));
        return await runner.RunAsync(action, input, connection, run, cancellationToken);
    }

    /// <summary>Why an action id cannot run: nobody provides it (exit 2), or its plugin is broken (exit 3).</summary>
    public static RunOutcome Unavailable(PluginCatalog catalog, string actionId)
    {
        var problems = catalog.ProblemsOf(actionId);
        return problems.Count == 0
            ? RunOutcome.Failed(actionId, RunStatus.InvalidInput, HostErrorCodes.UnknownAction,
                $"No loaded plugin provides the action '{actionId}'.", "Run `list` to see the available actions.")
            : RunOutcome.Failed(actionId, RunStatus.HostError, new ActionError
            {
                Code = HostErrorCodes.ActionUnavailable,
                Message = $"The action '{actionId}' is not available: its plugin or manifest is broken.",
                Hint = "Run `validate` for the full report.",
                Details = [.. problems.Select(p => new ActionErrorDetail(p.File, p.Message))],
            });
    }

    private static void LogConnection(ILogger logger, LoadedAction action, ActionConnection connection)
    {
        foreach (var (name, field) in action.Plugin.Connection.Fields)
        {
            // A SecretValue prints as its mask, so this never logs the secret itself.
            object value = (field.Secret ? connection.GetSecret(name) : (object?)connection.GetSetting(name)) ?? "(not set)";
            logger.ConnectionField(action.Plugin.Id, name, value);
        }
    }
}
