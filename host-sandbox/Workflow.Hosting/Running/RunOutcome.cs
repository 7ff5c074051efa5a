using System.Text.Json;
using Workflow.Abstractions;

namespace Workflow.Hosting.Running;

/// <summary>What running one action produced: an output, or an error and whose fault it was.</summary>
internal sealed record RunOutcome(string ActionId, RunStatus Status, JsonElement? Output, ActionError? Error)
{
    /// <summary>What went wrong on the way to a successful output without failing it (<see cref="ActionResult.Warnings"/>,
    /// and, for an action that changes something, where its output does not match its schema). Empty on a failure.</summary>
    public IReadOnlyList<ActionErrorDetail> Warnings { get; init; } = [];

    public int ExitCode => ExitCodes.For(Status);

    public static RunOutcome Succeeded(string actionId, JsonElement output, IReadOnlyList<ActionErrorDetail>? warnings = null) =>
        new(actionId, RunStatus.Succeeded, output, null) { Warnings = warnings ?? [] };

    public static RunOutcome Failed(string actionId, RunStatus status, ActionError error) => new(actionId, status, null, error);

    public static RunOutcome Failed(string actionId, RunStatus status, string code, string message, string? hint = null) =>
        Failed(actionId, status, new ActionError { Code = code, Message = message, Hint = hint });
}
