using System.Text.Json.Nodes;
using Workflow.Abstractions;
using Workflow.Hosting.Output;

namespace Workflow.Hosting.Workflows;

/// <summary>The --json document of a workflow run: <c>{ok, run_id, steps:[{id, action, ok, duration_ms, output|error|skipped}]}</c>.</summary>
internal static class WorkflowJson
{
    public static JsonObject From(WorkflowRunResult result) => new()
    {
        ["ok"] = result.Ok,
        ["run_id"] = result.RunId,
        ["steps"] = new JsonArray([.. result.Steps.Select(Step)]),
    };

    /// <summary>Nothing ran (the file is invalid, the trigger is not JSON): no steps, and why.</summary>
    public static JsonObject NotRun(string? runId, ActionError error) => new()
    {
        ["ok"] = false,
        ["run_id"] = runId,
        ["steps"] = new JsonArray(),
        ["error"] = ActionErrorJson.From(error),
    };

    private static JsonObject Step(StepResult step)
    {
        var json = new JsonObject
        {
            ["id"] = step.Step.Id,
            ["action"] = step.Step.Action,
            ["ok"] = step.Succeeded,
            ["duration_ms"] = (long)Math.Round(step.Duration.TotalMilliseconds),
        };
        if (step.Skipped)
        {
            json["skipped"] = true;
        }
        else if (step.Outcome.Output is { } output)
        {
            json["output"] = JsonNode.Parse(output.GetRawText());
            json["warnings"] = ActionErrorJson.Details(step.Outcome.Warnings);
        }
        else
        {
            json["error"] = ActionErrorJson.From(step.Outcome.Error!);
        }

        return json;
    }
}
