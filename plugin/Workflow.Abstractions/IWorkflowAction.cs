namespace Workflow.Abstractions;

/// <summary>
/// One step a workflow can run. The host validates <see cref="ActionContext.Input"/> against the
/// action's manifest before calling, and validates the output after; the action only does the work.
/// </summary>
/// <remarks>
/// Implementations must have a public parameterless constructor and carry a
/// <see cref="WorkflowActionAttribute"/> naming the manifest they implement. They must not throw for
/// expected failures (bad credentials, remote errors): return <see cref="ActionResult.Failure(ActionError)"/>.
/// </remarks>
public interface IWorkflowAction
{
    /// <summary>Runs the action once.</summary>
    /// <param name="context">The validated input, the connection, run information and a logger.</param>
    /// <param name="cancellationToken">Signals that the host gave up on the step (timeout or shutdown).</param>
    /// <returns>The output on success, or a structured error.</returns>
    Task<ActionResult> ExecuteAsync(ActionContext context, CancellationToken cancellationToken);
}
