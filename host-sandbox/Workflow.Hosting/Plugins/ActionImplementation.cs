using Workflow.Abstractions;

namespace Workflow.Hosting.Plugins;

/// <summary>
/// A class in a plugin assembly that implements an action id: its full name, and how to create an instance (the type
/// found by <see cref="PluginAssemblyScanner"/>, or looked up by name in an assembly loaded at the first creation,
/// <see cref="LazyPluginAssembly"/>).
/// </summary>
internal sealed record ActionImplementation(string Id, string TypeName, Func<IWorkflowAction> Create)
{
    /// <summary>The implementation of a type already loaded.</summary>
    public static ActionImplementation Of(string id, Type type) =>
        new(id, type.FullName ?? type.Name, () => (IWorkflowAction)Activator.CreateInstance(type)!);
}
