using Microsoft.Extensions.Logging;
using Workflow.Sandbox.Logging;
using Workflow.Sandbox.Manifests;
using Workflow.Sandbox.Validation;

namespace Workflow.Sandbox.Plugins;

/// <summary>Loads one plugin folder: plugin.json, its action manifests, its assembly, then checks parity.</summary>
internal static class PluginFolderLoader
{
    public const string ManifestFileName = "plugin.json";

    /// <summary>The plugin, or null when it cannot serve anything (its problems are in <paramref name="problems"/>).</summary>
    public static LoadedPlugin? Load(string folder, ManifestMetaSchemas meta, ProblemCollector problems, ILogger logger)
    {
        var manifestPath = Path.Combine(folder, ManifestFileName);
        var plugin = ManifestReader.Read<PluginManifest>(manifestPath, meta.Plugin, out var errors);
        if (plugin is null)
        {
            foreach (var error in errors)
            {
                problems.Add(Path.GetFileName(folder), manifestPath, error);
            }

            return null;
        }

        var definitions = ActionManifestLoader.Load(plugin, folder, meta, problems);
        ManifestReferenceCheck.Check(plugin, manifestPath, definitions, problems);

        var assemblyPath = Path.Combine(folder, plugin.Assembly);
        var implementations = PluginAssemblyScanner.Scan(assemblyPath, out var assemblyErrors);
        foreach (var error in assemblyErrors)
        {
            problems.Add(plugin.Id, assemblyPath, error);
        }

        if (implementations is null)
        {
            return null;
        }

        var actions = ParityCheck.Match(plugin, definitions, implementations, assemblyPath, problems);
        logger.LoadedPlugin(plugin.Id, plugin.Version, folder, actions.Count);
        return new LoadedPlugin(plugin, folder, actions);
    }
}
