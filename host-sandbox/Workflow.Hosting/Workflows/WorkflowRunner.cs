using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Workflow.Abstractions;
using Workflow.Hosting.Connections;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Output;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Running;
using Workflow.Hosting.Templating;

namespace Workflow.Hosting.Workflows;

/// <summary>
/// Runs a workflow's steps in order: render the step's input (trigger, earlier outputs, run, allowed env),
/// coerce it to the action's input types, then the action pipeline (validate, execute with the step's timeout,
/// validate the output). A step whose <c>if</c> is false is skipped (its output is null). A failing step stops the run unless it has <c>continue_on_error</c>; then its error is
/// what later steps see as <c>steps.&lt;id&gt;.error</c>.
/// </summary>
internal sealed class WorkflowRunner(
    PluginCatalog catalog,
    ConnectionProvider connections,
    TemplateRenderer renderer,
    ILoggerFactory loggerFactory,
    SecretMasker masker,
    TimeSpan defaultTimeout,
    OutputValidationPolicy? outputValidation = null)
{
    /// <param name="workflow">The loaded workflow.</param>
    /// <param name="trigger">The trigger payload, visible as <c>trigger</c>.</param>
    /// <param name="runId">The run id every step gets (the seed of idempotency keys).</param>
    /// <param name="stepCompleted">Called after each step, e.g. to print it at once.</param>
    /// <param name="cancellationToken">Stops the run after the current step (which ends as cancelled).</param>
    public async Task<WorkflowRunResult> RunAsync(
        WorkflowDefinition workflow, JsonNode? trigger, string runId, Action<StepResult>? stepCompleted, CancellationToken cancellationToken)
    {
        // An unknown action is a mistake in the file: stop before any step has changed anything.
        if (workflow.Steps.FirstOrDefault(s => catalog.FindAction(s.Action) is null) is { } missing)
        {
            var result = new StepResult(missing, ActionAvailability.Unavailable(catalog, missing.Action), TimeSpan.Zero);
            stepCompleted?.Invoke(result);
            return new WorkflowRunResult(runId, [result], result);
        }

        var outputs = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var errors = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var results = new List<StepResult>();
        var startedAt = DateTimeOffset.UtcNow;
        foreach (var step in workflow.Steps)
        {
            var scope = new TemplateScope(trigger, outputs, runId, startedAt, workflow.Env) { StepErrors = errors, EnvDefaults = workflow.EnvDefaults };
            var started = Stopwatch.GetTimestamp();
            (bool Skip, RunOutcome? Failure)? skip = step.If is null ? null : ShouldSkip(step, scope, cancellationToken);
            if (skip is { Skip: true })
            {
                var skipped = StepResult.SkippedStep(step, Stopwatch.GetElapsedTime(started));
                results.Add(skipped);
                stepCompleted?.Invoke(skipped);
                outputs[step.Id] = null;
                continue;
            }

            var outcome = skip?.Failure ?? await RunStepAsync(step, scope, new RunInfo(runId, step.Id, 1), cancellationToken);
            var result = new StepResult(step, outcome, Stopwatch.GetElapsedTime(started));
            results.Add(result);
            stepCompleted?.Invoke(result);
            if (outcome.Output is { } output)
            {
                outputs[step.Id] = JsonNode.Parse(output.GetRawText());
                continue;
            }

            if (!step.ContinueOnError || cancellationToken.IsCancellationRequested)
            {
                return new WorkflowRunResult(runId, results, result);
            }

            outputs[step.Id] = null;
            errors[step.Id] = ActionErrorJson.From(outcome.Error!);
        }

        return new WorkflowRunResult(runId, results, null);
    }

    // The step's `if`: skip it, run it, or fail it as a template error (a condition that is not a boolean is a mistake).
    private (bool Skip, RunOutcome? Failure) ShouldSkip(WorkflowStep step, TemplateScope scope, CancellationToken cancellationToken)
    {
        try
        {
            return (!WorkflowCondition.Evaluate(renderer, step.Id, step.If!, scope, cancellationToken), null);
        }
        catch (TemplateRenderException ex)
        {
            return (false, TemplateFailure(step, ex));
        }
    }

    private RunOutcome TemplateFailure(WorkflowStep step, TemplateRenderException ex) =>
        RunOutcome.Failed(step.Action, RunStatus.InvalidInput, new ActionError
        {
            Code = HostErrorCodes.TemplateError,
            Message = masker.Mask(ex.Message),
            Hint = "Templates see trigger, steps.<earlier step id>.output / .error, run.id, run.started_at and the env names the workflow allows.",
            Details = [new ActionErrorDetail(ex.Pointer, masker.Mask(ex.Reason))],
        });

    private async Task<RunOutcome> RunStepAsync(WorkflowStep step, TemplateScope scope, RunInfo run, CancellationToken cancellationToken)
    {
        var action = catalog.FindAction(step.Action)!;
        JsonNode? input;
        try
        {
            input = SchemaTypeCoercer.Coerce(renderer.Render(step.Id, step.Input, scope, cancellationToken), action.Manifest.Input);
        }
        catch (TemplateRenderException ex)
        {
            return TemplateFailure(step, ex);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return RunOutcome.Failed(step.Action, RunStatus.ActionFailed, ActionErrorCodes.Cancelled, $"Step '{step.Id}' was cancelled.");
        }

        var runner = new ActionRunner(loggerFactory, masker, step.Timeout ?? defaultTimeout, outputValidation);
        return await runner.RunAsync(action, input, connections.For(action), run, cancellationToken);
    }
}
