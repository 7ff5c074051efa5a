using System.Text.Json.Nodes;
using Workflow.Abstractions;
using Workflow.Hosting.Running;
using Workflow.Hosting.Templating;
using Workflow.Hosting.Workflows;

namespace Workflow.Hosting.Triggers;

/// <summary>
/// Runs one workflow for one delivery: build <c>trigger</c> as the trigger manifest declares (completing a private
/// event with its read action), check the workflow's <c>trigger.if</c>, then run the steps. What <c>listen</c> does
/// per route and <c>workflow FILE --trigger-file</c> does once.
/// </summary>
internal sealed class TriggeredWorkflowRunner(TriggerPayloadBuilder payloads, WorkflowRunner runner, TemplateRenderer renderer)
{
    /// <param name="route">The workflow and the trigger its <c>trigger.on</c> names; the trigger must cover <paramref name="eventType"/>.</param>
    /// <param name="eventType">The delivery's <c>event_type</c>.</param>
    /// <param name="body">The delivery body (incident.io's envelope).</param>
    /// <param name="webhookId">The delivery's webhook-id, seen by the workflow as <c>trigger.webhook_id</c>.</param>
    /// <param name="runId">The run id every step gets.</param>
    /// <param name="stepCompleted">Called after each step, or null.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The run; or no run with the error that prevented it; or neither when <c>trigger.if</c> was false.</returns>
    public async Task<TriggeredRun> RunAsync(
        TriggerRoute route, string eventType, JsonObject body, string webhookId, string runId, Action<StepResult>? stepCompleted, CancellationToken cancellationToken)
    {
        TriggeredRun Done(WorkflowRunResult? result, ActionError? error) => new(webhookId, eventType, route.Key, runId, result, error);

        var (trigger, error) = await payloads.BuildAsync(route.Trigger.FindEvent(eventType)!, body, webhookId, runId, cancellationToken);
        if (trigger is null)
        {
            return Done(null, error);
        }

        if (route.Workflow.Trigger.If is { } condition)
        {
            try
            {
                if (!WorkflowCondition.Evaluate(renderer, "trigger", condition, TemplateScope.ForTrigger(trigger, runId, DateTimeOffset.UtcNow), cancellationToken))
                {
                    return Done(null, null);
                }
            }
            catch (TemplateRenderException ex)
            {
                return Done(null, new ActionError { Code = HostErrorCodes.TemplateError, Message = ex.Message, Details = [new ActionErrorDetail("/trigger/if", ex.Reason)] });
            }
        }

        return Done(await runner.RunAsync(route.Workflow, trigger, runId, stepCompleted, cancellationToken), null);
    }
}
