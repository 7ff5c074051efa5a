using System.Text.Json.Nodes;
using Workflow.Abstractions;
using Workflow.Sandbox.Connections;
using Workflow.Sandbox.Hosting;
using Workflow.Sandbox.Plugins;
using Workflow.Sandbox.Running;

namespace Workflow.Sandbox.Commands;

/// <summary>What run, test-connection and options share: find the action, resolve its connection, run it.</summary>
internal static class ActionExecution
{
    public static async Task<RunOutcome> RunAsync(SandboxSession session, ExecutionSettings settings, string actionId, JsonNode? input, CancellationToken cancellationToken)
    {
        if (session.Catalog.FindAction(actionId) is not { } action)
        {
            return ActionAvailability.Unavailable(session.Catalog, actionId);
        }

        await using var scope = await ConnectionScope.OpenAsync(session, settings, cancellationToken);
        if (scope.Error is { } error)
        {
            return RunOutcome.Failed(actionId, RunStatus.InvalidInput, HostErrorCodes.Usage, error);
        }

        var stepId = settings.StepId ?? actionId;
        var run = settings.RunId is null ? RunInfo.AdHoc(stepId) : new RunInfo(settings.RunId, stepId, 1);
        return await RunAsync(session, scope.Connections, action, input, run, settings.Timeout, cancellationToken);
    }

    public static Task<RunOutcome> RunAsync(
        SandboxSession session, ConnectionProvider connections, LoadedAction action, JsonNode? input, RunInfo run, TimeSpan timeout, CancellationToken cancellationToken) =>
        new ActionRunner(session.LoggerFactory, session.Masker, timeout, session.OutputValidation).RunAsync(action, input, connections.For(action), run, cancellationToken);
}
