using System.Text.Json;
using Workflow.Abstractions;

namespace Workflow.Hosting.Running;

/// <summary>What running one action produced: an output, or an error and whose fault it was.</summary>
internal sealed record RunOutcome(string ActionId, RunStatus Status, JsonElement? Output, ActionError? Error)
{
    public int ExitCode => ExitCodes.For(Status);

    public static RunOutcome Succeeded(string actionId, JsonElement output) => new(actionId, RunStatus.Succeeded, output, null);

    public static RunOutcome Failed(string actionId, RunStatus status, ActionError error) => new(actionId, status, null, error);

    public static RunOutcome Failed(string actionId, RunStatus status, string code, string message, string? hint = null) =>
        Failed(actionId, status, new ActionError { Code = code, Message = message, Hint = hint });
}
