namespace Workflow.Hosting.Templating;

/// <summary>A step input template failed to parse or render; names the step, the field and the position.</summary>
public sealed class TemplateRenderException : Exception
{
    internal TemplateRenderException(string stepId, string pointer, int? line, int? column, string reason, Exception? inner = null)
        : base(Format(stepId, pointer, line, column, reason), inner)
    {
        StepId = stepId;
        Pointer = pointer;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The step whose input failed.</summary>
    public string StepId { get; }

    /// <summary>The failing input field as a JSON Pointer ("" is the whole input).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "A JSON Pointer (RFC 6901), not the pointer type.")]
    public string Pointer { get; }

    /// <summary>1-based line in the template string, when known.</summary>
    public int? Line { get; }

    /// <summary>1-based column in the template string, when known.</summary>
    public int? Column { get; }

    /// <summary>Scriban's message (or the sandbox's) without the location prefix.</summary>
    public string Reason { get; }

    private static string Format(string stepId, string pointer, int? line, int? column, string reason) =>
        line is null
            ? $"steps[{stepId}]{pointer}: {reason}"
            : $"steps[{stepId}]{pointer}: ({line},{column}) {reason}";
}
