using Workflow.Hosting.Running;

namespace Workflow.Hosting.Workflows;

/// <summary>What a workflow run did: the steps that ran, in order, and the one that stopped it, if any.</summary>
/// <param name="RunId">The run id every step saw.</param>
/// <param name="Steps">The steps that ran (a stopped run has no results for the steps after the stop).</param>
/// <param name="StoppedAt">The failed step that ended the run early, or null when every step ran.</param>
internal sealed record WorkflowRunResult(string RunId, IReadOnlyList<StepResult> Steps, StepResult? StoppedAt)
{
    /// <summary>Every step ran; failures were allowed by <c>continue_on_error</c>.</summary>
    public bool Ok => StoppedAt is null;

    /// <summary>0, or the exit code of the step that stopped the run.</summary>
    public int ExitCode => StoppedAt?.Outcome.ExitCode ?? ExitCodes.Success;
}
