using System.Runtime.Loader;
using McMaster.NETCore.Plugins.Loader;
using Microsoft.Extensions.Logging;
using Workflow.Abstractions;

namespace Workflow.Hosting.Plugins;

/// <summary>
/// A start-up trick, kept in this one type: the load context a plugin assembly is loaded in, built by hand with
/// McMaster's builder instead of <c>PluginLoader.CreateFromAssemblyFile(path, sharedTypes)</c>.
/// </summary>
/// <remarks>
/// What it saves: the loader would read the plugin's and the host's runtimeconfig(.dev).json for extra probing paths
/// (reflection-based JSON, two exceptions for the absent .dev.json files, the process's module list), a sixth of a
/// cold <c>list</c> when measured (BENCHMARKS.md, cold start). A plugin folder is a publish output with every
/// dependency beside the plugin, so those paths add nothing; its deps.json is still honoured.
/// Not unloadable: collectible contexts turn ReadyToRun off and triple cold start.
/// </remarks>
internal static class PluginLoadContext
{
    // The contract and the logging abstractions are the host's own copies, so the plugin's classes
    // implement the host's IWorkflowAction and accept the host's ILogger.
    private static readonly Type[] SharedTypes = [typeof(IWorkflowAction), typeof(ILogger)];

    /// <summary>A new load context for the plugin whose main assembly is <paramref name="assemblyPath"/> (a full path).</summary>
    public static AssemblyLoadContext Create(string assemblyPath)
    {
        var builder = new AssemblyLoadContextBuilder()
            .SetMainAssemblyPath(assemblyPath)
            .SetDefaultContext(AssemblyLoadContext.GetLoadContext(typeof(PluginLoadContext).Assembly) ?? AssemblyLoadContext.Default);
        foreach (var type in SharedTypes)
        {
            builder.PreferDefaultLoadContextAssembly(type.Assembly.GetName());
        }

        return builder.Build();
    }
}
