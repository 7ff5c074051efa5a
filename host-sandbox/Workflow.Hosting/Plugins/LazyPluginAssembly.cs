using System.Reflection;
using Workflow.Abstractions;

namespace Workflow.Hosting.Plugins;

/// <summary>
/// A start-up trick, kept in this one type: a plugin assembly loaded at the first action instance anyone creates,
/// for a folder whose action classes <see cref="ManifestCheckCache"/> vouches for (same bytes of every file in the folder
/// as when they were scanned clean). What it saves: a start that runs no action (<c>list</c>, <c>describe</c>) never loads
/// the plugin assembly, its load context (McMaster) or the ICU collation the runtime starts to bind its dependencies:
/// about a fifth of a cold <c>list</c> when profiled (BENCHMARKS.md, P3).
/// </summary>
/// <remarks>
/// If the assembly or a class cannot be loaded after all (a file changed between the fingerprint and the first run), the
/// creation throws and the runner reports it as the plugin's error, as it does for a constructor that throws.
/// </remarks>
internal sealed class LazyPluginAssembly(string assemblyPath)
{
    private readonly Lazy<Assembly> _assembly = new(() => PluginLoadContext.Create(assemblyPath).LoadFromAssemblyPath(assemblyPath));

    /// <summary>Whether the assembly has been loaded (an instance was created).</summary>
    public bool IsLoaded => _assembly.IsValueCreated;

    /// <summary>The implementations <paramref name="bindings"/> (action id → class full name) name, created from this assembly when first asked.</summary>
    public IReadOnlyList<ActionImplementation> Implementations(IReadOnlyDictionary<string, string> bindings) =>
        [.. bindings.Select(b => Implementation(b.Key, b.Value))];

    private ActionImplementation Implementation(string id, string typeName)
    {
        var type = new Lazy<Type>(() => _assembly.Value.GetType(typeName, throwOnError: true)!);
        return new ActionImplementation(id, typeName, () => (IWorkflowAction)Activator.CreateInstance(type.Value)!);
    }
}
