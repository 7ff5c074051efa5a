using Workflow.Hosting.Running;

namespace Workflow.Hosting.Workflows;

/// <summary>How one step of a workflow run ended.</summary>
/// <param name="Step">The step as the file defines it.</param>
/// <param name="Outcome">The action's output, or the error (template, input, action or host).</param>
/// <param name="Duration">Rendering, validation and execution together.</param>
/// <param name="Skipped">Its <c>if</c> was false: it did not run and has no output.</param>
internal sealed record StepResult(WorkflowStep Step, RunOutcome Outcome, TimeSpan Duration, bool Skipped = false)
{
    public bool Succeeded => Outcome.Error is null;

    /// <summary>The result of a step whose <c>if</c> was false.</summary>
    public static StepResult SkippedStep(WorkflowStep step, TimeSpan duration) =>
        new(step, new RunOutcome(step.Action, RunStatus.Succeeded, null, null), duration, Skipped: true);

    /// <summary>It failed, but <c>continue_on_error</c> let the next steps run.</summary>
    public bool FailedAndContinued => !Succeeded && Step.ContinueOnError;
}
