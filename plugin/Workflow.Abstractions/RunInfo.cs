namespace Workflow.Abstractions;

/// <summary>Identifies one execution of one step.</summary>
/// <param name="WorkflowRunId">The workflow run; the same across retries of the run.</param>
/// <param name="StepId">The step within the workflow definition.</param>
/// <param name="Attempt">1 for the first attempt, 2 for the first retry of the same step, and so on.</param>
public sealed record RunInfo(string WorkflowRunId, string StepId, int Attempt)
{
    /// <summary>A run id and step id made up for a single ad-hoc execution (no workflow).</summary>
    public static RunInfo AdHoc(string stepId) => new($"adhoc-{Guid.NewGuid():N}", stepId, 1);
}
