using Workflow.Abstractions;
using Workflow.Hosting.Workflows;

namespace Workflow.Hosting.Triggers;

/// <summary>What one delivery did for one workflow: ran it, skipped it (<c>trigger.if</c> false), or could not build its trigger.</summary>
/// <param name="WebhookId">The delivery's webhook-id.</param>
/// <param name="EventType">The delivery's event type.</param>
/// <param name="Workflow">The workflow's key.</param>
/// <param name="RunId">The run id, derived from the webhook-id.</param>
/// <param name="Result">The run, or null when it did not run.</param>
/// <param name="Error">Why it did not run (completion failed, trigger.if failed), or null.</param>
internal sealed record TriggeredRun(string WebhookId, string EventType, string Workflow, string RunId, WorkflowRunResult? Result, ActionError? Error)
{
    /// <summary>Its <c>trigger.if</c> was false: nothing ran, by design.</summary>
    public bool Filtered => Result is null && Error is null;

    public bool Ok => Error is null && (Result?.Ok ?? true);
}
