using System.Globalization;
using System.Text.Json.Nodes;
using Spectre.Console;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Output;
using Workflow.Hosting.Workflows;

namespace Workflow.Sandbox.Rendering;

/// <summary>The human view of a workflow run: a line per step as it ends (status, duration, output summary), then the outputs.</summary>
internal sealed class WorkflowPrinter(IAnsiConsole console, SecretMasker masker)
{
    private const int MaxItems = 10;

    public void Header(WorkflowDefinition workflow, string runId, string? connectionNote)
    {
        Line($"Workflow: {workflow.Name} ({workflow.Steps.Count} steps, run {runId})", "bold");
        if (connectionNote is not null)
        {
            Line(connectionNote, "grey");
        }
    }

    public void Step(StepResult result)
    {
        var (icon, style) = result.Succeeded ? ("✓", "green") : result.FailedAndContinued ? ("!", "yellow") : ("✗", "red");
        var duration = $"{result.Duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";
        var head = $"{icon} {result.Step.Id,-14} {result.Step.Action,-32} {duration,8}";
        if (result.Skipped)
        {
            Line($"- {result.Step.Id,-14} {result.Step.Action,-32} {duration,8}  skipped (if was false)", "grey");
            return;
        }

        if (result.Outcome.Error is not { } error)
        {
            console.MarkupLine($"[{style}]{E(head)}[/]  {E(OutputSummary.Line(JsonNode.Parse(result.Outcome.Output!.Value.GetRawText())))}");
            return;
        }

        var what = result.FailedAndContinued ? "failed, continuing (continue_on_error)" : OutcomePrinter.Heading(result.Outcome);
        Line($"{head}  {what} ({error.Code})", style);
        Line($"    {error.Message}", style);
        foreach (var fact in OutcomePrinter.Facts(error))
        {
            Line($"    {fact}", style);
        }
    }

    public void Summary(WorkflowDefinition workflow, WorkflowRunResult result)
    {
        var tree = new Tree("[bold]Outputs[/]");
        foreach (var step in result.Steps.Where(s => s.Succeeded && !s.Skipped))
        {
            AddOutput(tree.AddNode(E(step.Step.Id)), JsonNode.Parse(step.Outcome.Output!.Value.GetRawText()));
        }

        if (result.Steps.Any(s => s.Succeeded && !s.Skipped))
        {
            console.Write(tree);
        }

        var total = TimeSpan.FromTicks(result.Steps.Sum(s => s.Duration.Ticks)).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var failed = result.Steps.Count(s => s.FailedAndContinued);
        if (result.StoppedAt is { } stop)
        {
            Line($"✗ {workflow.Name}: stopped at step '{stop.Step.Id}' ({stop.Step.Action}) after {total} s; exit {result.ExitCode}.", "bold red");
        }
        else
        {
            var skipped = result.Steps.Count(s => s.Skipped);
            var tail = (failed == 0 ? "" : $"; {failed} failed with continue_on_error") + (skipped == 0 ? "" : $"; {skipped} skipped");
            Line($"✓ {workflow.Name}: {result.Steps.Count - failed - skipped} of {workflow.Steps.Count} steps succeeded in {total} s{tail}.", "bold green");
        }
    }

    private void AddOutput(TreeNode node, JsonNode? output)
    {
        if (output is not JsonObject obj)
        {
            node.AddNode(E(OutputSummary.Describe(output)));
            return;
        }

        foreach (var (field, value) in obj)
        {
            var child = node.AddNode(E($"{field}: {OutputSummary.Describe(value)}"));
            if (value is JsonArray items)
            {
                foreach (var item in items.Take(MaxItems))
                {
                    child.AddNode(E(OutputSummary.Item(item)));
                }

                if (items.Count > MaxItems)
                {
                    child.AddNode(E($"… and {items.Count - MaxItems} more"));
                }
            }
        }
    }

    private void Line(string text, string style) => console.MarkupLine($"[{style}]{E(text)}[/]");

    private string E(string text) => Markup.Escape(masker.Mask(text));
}
