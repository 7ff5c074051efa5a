namespace Workflow.Hosting.Workflows;

/// <summary>One problem in a workflow file.</summary>
/// <param name="Pointer">Where, as a JSON Pointer into the file ("" is the whole file).</param>
/// <param name="Message">What is wrong.</param>
internal sealed record WorkflowError(string Pointer, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{(Pointer.Length == 0 ? "/" : Pointer)}: {Message}";
}
