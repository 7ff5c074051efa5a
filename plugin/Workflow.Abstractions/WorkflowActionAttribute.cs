namespace Workflow.Abstractions;

/// <summary>Binds an <see cref="IWorkflowAction"/> class to the id of its action manifest.</summary>
/// <param name="id">The manifest id, e.g. <c>vendor.create_thing</c>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class WorkflowActionAttribute(string id) : Attribute
{
    /// <summary>The manifest id this class implements.</summary>
    public string Id { get; } = id;
}
