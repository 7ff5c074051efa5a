using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Workflow.Abstractions;

/// <summary>The outcome of an action: an output, or an error. Never both.</summary>
public sealed class ActionResult
{
    private ActionResult(JsonElement? output, ActionError? error)
    {
        Output = output;
        Error = error;
    }

    /// <summary>The output, which the host validates against the manifest's output schema.</summary>
    public JsonElement? Output { get; }

    /// <summary>The error when the action failed.</summary>
    public ActionError? Error { get; }

    /// <summary>True when the action produced an output.</summary>
    [MemberNotNullWhen(true, nameof(Output))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>A successful result.</summary>
    public static ActionResult Success(JsonElement output) => new(output, null);

    /// <summary>A failed result.</summary>
    public static ActionResult Failure(ActionError error) => new(null, error);
}
