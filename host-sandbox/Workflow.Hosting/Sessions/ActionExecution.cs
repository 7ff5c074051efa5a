using System.Text.Json.Nodes;
using Workflow.Abstractions;
using Workflow.Hosting.Connections;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Running;

namespace Workflow.Hosting.Sessions;

/// <summary>What run, test-connection, options and serve share: find the action, resolve its connection, run it.</summary>
internal static class ActionExecution
{
    /// <summary>Runs <paramref name="actionId"/> with connections opened for this run only.</summary>
    /// <param name="session">The loaded plugins.</param>
    /// <param name="actionId">The action, e.g. incidentio.get_incident.</param>
    /// <param name="input">The input, validated against the manifest before the plugin sees it.</param>
    /// <param name="openConnections">Opens the connections (and whatever serves them); disposed after the run.</param>
    /// <param name="runId">The workflow run id the action gets; null for a new ad-hoc one.</param>
    /// <param name="stepId">The step id the action gets; null for the action id.</param>
    /// <param name="timeout">How long the action may run.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static async Task<RunOutcome> RunAsync(
        SandboxSession session, string actionId, JsonNode? input, Func<CancellationToken, Task<ConnectionScope>> openConnections,
        string? runId, string? stepId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (session.Catalog.FindAction(actionId) is not { } action)
        {
            return ActionAvailability.Unavailable(session.Catalog, actionId);
        }

        await using var scope = await openConnections(cancellationToken);
        if (scope.Error is { } error)
        {
            return RunOutcome.Failed(actionId, RunStatus.InvalidInput, HostErrorCodes.Usage, error);
        }

        var step = stepId ?? actionId;
        var run = runId is null ? RunInfo.AdHoc(step) : new RunInfo(runId, step, 1);
        return await RunAsync(session, scope.Connections, action, input, run, timeout, cancellationToken);
    }

    public static Task<RunOutcome> RunAsync(
        SandboxSession session, ConnectionProvider connections, LoadedAction action, JsonNode? input, RunInfo run, TimeSpan timeout, CancellationToken cancellationToken) =>
        new ActionRunner(session.LoggerFactory, session.Masker, timeout, session.OutputValidation).RunAsync(action, input, connections.For(action), run, cancellationToken);
}
