using Workflow.Hosting.Validation;

namespace Workflow.Hosting.Workflows;

/// <summary>One problem in a workflow file.</summary>
/// <param name="Pointer">Where, as a JSON Pointer into the file ("" is the whole file).</param>
/// <param name="Message">What is wrong.</param>
internal sealed record WorkflowError(string Pointer, string Message)
{
    /// <summary>"pointer: message", the whole file shown as <c>(root)</c> (as every other problem list shows it; "/" is the member named "").</summary>
    public override string ToString() => $"{Pointers.Display(Pointer)}: {Message}";
}
