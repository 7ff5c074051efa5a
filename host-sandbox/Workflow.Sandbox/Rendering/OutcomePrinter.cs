using System.Text.Json.Nodes;
using IncidentIo.Simulator.Errors;
using Spectre.Console;
using Workflow.Abstractions;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Output;
using Workflow.Hosting.Running;

namespace Workflow.Sandbox.Rendering;

/// <summary>
/// Prints a run's outcome: the output JSON, or the error in red; with --json, one envelope
/// <c>{"ok":true,"action":…,"output":…}</c> or <c>{"ok":false,"action":…,"error":…}</c>.
/// </summary>
internal static class OutcomePrinter
{
    public static void Print(Terminal terminal, SecretMasker masker, RunOutcome outcome, bool json)
    {
        if (json)
        {
            JsonOutput.Write(terminal.Out, masker, Envelope(outcome));
        }
        else if (outcome.Error is null)
        {
            JsonOutput.Write(terminal.Out, masker, outcome.Output!.Value);
            foreach (var warning in outcome.Warnings)
            {
                Line(terminal.Console, masker, $"! warning: {(warning.Field is null ? "" : $"{Display(warning.Field)}: ")}{warning.Message}", "yellow");
            }
        }
        else
        {
            PrintError(terminal, masker, outcome);
        }
    }

    public static JsonObject Envelope(RunOutcome outcome) => outcome.Error is null
        ? new JsonObject
        {
            ["ok"] = true, ["action"] = outcome.ActionId, ["output"] = JsonNode.Parse(outcome.Output!.Value.GetRawText()),
            ["warnings"] = ActionErrorJson.Details(outcome.Warnings),
        }
        : new JsonObject { ["ok"] = false, ["action"] = outcome.ActionId, ["error"] = ActionErrorJson.From(outcome.Error) };

    private static void PrintError(Terminal terminal, SecretMasker masker, RunOutcome outcome)
    {
        var console = terminal.Console;
        var error = outcome.Error!;
        Line(console, masker, $"✗ {outcome.ActionId}: {Heading(outcome)} ({error.Code})", "bold red");
        Line(console, masker, $"  {error.Message}", "red");
        foreach (var line in Facts(error))
        {
            Line(console, masker, $"  {line}", "red");
        }

        if (RerunCommand(outcome) is { } rerun)
        {
            Line(console, masker, "  Run it again safely with:", "yellow");
            Line(console, masker, $"    {rerun}", "yellow");
        }
    }

    /// <summary>The ready `run` command that repeats a failed action safely (<see cref="ActionError.SafeRetryInput"/>), or null.</summary>
    public static string? RerunCommand(RunOutcome outcome) =>
        outcome.Error?.SafeRetryInput is { } input
            ? $"dotnet Workflow.Sandbox.dll run {outcome.ActionId} --input '{input.GetRawText().Replace("'", "'\\''", StringComparison.Ordinal)}'"
            : null;

    /// <summary>Whose fault a failure was, in words: a route the local simulator lacks is its limitation, not incident.io's answer.</summary>
    public static string Heading(RunOutcome outcome) =>
        outcome.Error is { HttpStatus: 501, RemoteType: SimulatorErrors.NotImplementedType }
            ? "simulator limitation (incident.io itself may have it; see --base-url)"
            : Heading(outcome.Status);

    /// <summary>Whose fault a failure was, in words.</summary>
    public static string Heading(RunStatus status) => status switch
    {
        RunStatus.ActionFailed => "action failed",
        RunStatus.InvalidInput => "invalid input",
        _ => "host/plugin error",
    };

    /// <summary>The hint, HTTP status, request id, attempts and each detail of an error, one line each.</summary>
    public static IEnumerable<string> Facts(ActionError error)
    {
        if (error.Hint is not null)
        {
            yield return $"hint: {error.Hint}";
        }

        if (error.HttpStatus is { } status)
        {
            yield return $"HTTP status: {status}";
        }

        if (error.RequestId is not null)
        {
            yield return $"request_id: {error.RequestId}";
        }

        if (error.HttpAttempts > 1)
        {
            yield return $"attempts: {error.HttpAttempts}";
        }

        foreach (var detail in error.Details)
        {
            yield return detail.Field switch
            {
                null => detail.Message,
                "" => $"(input): {detail.Message}",
                _ => $"{detail.Field}: {detail.Message}",
            };
        }
    }

    private static string Display(string pointer) => pointer.Length == 0 ? "(output)" : pointer;

    private static void Line(IAnsiConsole console, SecretMasker masker, string text, string style) =>
        console.MarkupLine($"[{style}]{Markup.Escape(masker.Mask(text))}[/]");
}
