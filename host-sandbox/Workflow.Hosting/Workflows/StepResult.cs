using Workflow.Hosting.Running;

namespace Workflow.Hosting.Workflows;

/// <summary>How one step of a workflow run ended.</summary>
/// <param name="Step">The step as the file defines it.</param>
/// <param name="Outcome">The action's output, or the error (template, input, action or host).</param>
/// <param name="Duration">Rendering, validation and execution together.</param>
internal sealed record StepResult(WorkflowStep Step, RunOutcome Outcome, TimeSpan Duration)
{
    public bool Succeeded => Outcome.Error is null;

    /// <summary>It failed, but <c>continue_on_error</c> let the next steps run.</summary>
    public bool FailedAndContinued => !Succeeded && Step.ContinueOnError;
}
