using System.Text.Json;
using Workflow.Abstractions;

namespace Workflow.Hosting.Running;

/// <summary>What running one action produced: an output, or an error and whose fault it was.</summary>
/// <param name="ActionId">The action that ran (or was asked for).</param>
/// <param name="Status">How it ended, and so whose fault a failure is.</param>
/// <param name="Output">The plugin's output (a JSON object matching the manifest's output schema); null on a failure.</param>
/// <param name="Error">Why it failed: the plugin's <see cref="ActionError"/>, or the host's (codes in <c>HostErrorCodes</c>); null on success.</param>
public sealed record RunOutcome(string ActionId, RunStatus Status, JsonElement? Output, ActionError? Error)
{
    /// <summary>What went wrong on the way to a successful output without failing it (<see cref="ActionResult.Warnings"/>,
    /// and, for an action that changes something, where its output does not match its schema). Empty on a failure.</summary>
    public IReadOnlyList<ActionErrorDetail> Warnings { get; init; } = [];

    /// <summary>The sandbox's exit code for <see cref="Status"/>: 0 succeeded, 1 the action failed, 2 invalid input, 3 host or plugin error.</summary>
    public int ExitCode => ExitCodes.For(Status);

    internal static RunOutcome Succeeded(string actionId, JsonElement output, IReadOnlyList<ActionErrorDetail>? warnings = null) =>
        new(actionId, RunStatus.Succeeded, output, null) { Warnings = warnings ?? [] };

    internal static RunOutcome Failed(string actionId, RunStatus status, ActionError error) => new(actionId, status, null, error);

    internal static RunOutcome Failed(string actionId, RunStatus status, string code, string message, string? hint = null) =>
        Failed(actionId, status, new ActionError { Code = code, Message = message, Hint = hint });
}
