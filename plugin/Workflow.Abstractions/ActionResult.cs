using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Workflow.Abstractions;

/// <summary>The outcome of an action: an output, or an error. Never both.</summary>
public sealed class ActionResult
{
    private ActionResult(JsonElement? output, ActionError? error, IReadOnlyList<ActionErrorDetail>? warnings = null)
    {
        Output = output;
        Error = error;
        Warnings = warnings ?? [];
    }

    /// <summary>The output, which the host validates against the manifest's output schema.</summary>
    public JsonElement? Output { get; }

    /// <summary>The error when the action failed.</summary>
    public ActionError? Error { get; }

    /// <summary>True when the action produced an output.</summary>
    [MemberNotNullWhen(true, nameof(Output))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>
    /// What went wrong on the way to a successful output without making it fail, one per problem: e.g. a field of the
    /// remote service's answer that could not be read and was left out, at its JSON Pointer in the output. Empty when
    /// nothing did; always empty on a failure (the error's details say what went wrong).
    /// </summary>
    public IReadOnlyList<ActionErrorDetail> Warnings { get; }

    /// <summary>A successful result.</summary>
    public static ActionResult Success(JsonElement output) => new(output, null);

    /// <summary>A successful result with <paramref name="warnings"/> (see <see cref="Warnings"/>).</summary>
    /// <param name="output">The output.</param>
    /// <param name="warnings">What the output lacks or left out, each at a JSON Pointer into the output.</param>
    public static ActionResult Success(JsonElement output, IReadOnlyList<ActionErrorDetail> warnings) => new(output, null, warnings);

    /// <summary>A failed result.</summary>
    public static ActionResult Failure(ActionError error) => new(null, error);
}
