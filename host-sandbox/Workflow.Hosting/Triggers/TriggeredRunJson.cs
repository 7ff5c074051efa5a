using System.Text.Json.Nodes;
using Workflow.Hosting.Output;
using Workflow.Hosting.Workflows;

namespace Workflow.Hosting.Triggers;

/// <summary>
/// One line of <c>listen --json</c>: <c>{webhook_id, event_type, workflow, run_id, ok, steps, filtered, error?}</c>;
/// <c>steps</c> as in <c>workflow --json</c>; <c>filtered</c> is true when <c>trigger.if</c> was false.
/// </summary>
internal static class TriggeredRunJson
{
    public static JsonObject From(TriggeredRun run)
    {
        var json = new JsonObject
        {
            ["webhook_id"] = run.WebhookId,
            ["event_type"] = run.EventType,
            ["workflow"] = run.Workflow,
            ["run_id"] = run.RunId,
            ["ok"] = run.Ok,
            ["filtered"] = run.Filtered,
            ["steps"] = run.Result is { } result ? WorkflowJson.From(result)["steps"]!.DeepClone() : new JsonArray(),
        };
        if (run.Error is { } error)
        {
            json["error"] = ActionErrorJson.From(error);
        }

        return json;
    }

    /// <summary>The human line: <c>✓ workflow ← event_type (webhook-id): 3 steps ok</c>.</summary>
    public static string Line(TriggeredRun run) =>
        run.Filtered ? $"- {run.Workflow} ← {run.EventType} ({run.WebhookId}): trigger.if was false, not run"
        : run.Error is { } error ? $"✗ {run.Workflow} ← {run.EventType} ({run.WebhookId}): {error.Code}: {error.Message}"
        : run.Result!.Ok ? $"✓ {run.Workflow} ← {run.EventType} ({run.WebhookId}): {run.Result.Steps.Count(s => !s.Skipped)} step(s) ok, run {run.RunId}"
        : $"✗ {run.Workflow} ← {run.EventType} ({run.WebhookId}): stopped at step '{run.Result.StoppedAt!.Step.Id}' ({run.Result.StoppedAt.Outcome.Error!.Code}), run {run.RunId}";
}
