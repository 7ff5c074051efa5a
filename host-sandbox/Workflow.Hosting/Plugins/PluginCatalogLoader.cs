using Microsoft.Extensions.Logging;
using Workflow.Hosting.Logging;
using Workflow.Hosting.Validation;

namespace Workflow.Hosting.Plugins;

/// <summary>Loads every plugin folder (a folder with a plugin.json) under a plugins directory.</summary>
internal static class PluginCatalogLoader
{
    /// <summary>Loads every plugin folder; with a <paramref name="cache"/>, folders whose manifests passed every check before skip those checks.</summary>
    public static PluginCatalog Load(string pluginsDirectory, ManifestMetaSchemas meta, ILogger logger, ManifestCheckCache? cache = null)
    {
        var root = Path.GetFullPath(pluginsDirectory);
        var problems = new ProblemCollector(root);
        if (!Directory.Exists(root))
        {
            problems.Add("(host)", root, "the plugins directory does not exist");
            return new PluginCatalog(root, [], problems.Problems);
        }

        var plugins = new List<LoadedPlugin>();
        var folders = Directory.GetDirectories(root)
            .Where(f => File.Exists(Path.Combine(f, PluginFolderLoader.ManifestFileName)))
            .Order(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            logger.LoadingPluginFolder(folder);
            if (PluginFolderLoader.Load(folder, meta, problems, logger, cache) is { } loaded
                && Deduplicate(loaded, plugins, problems) is { } plugin)
            {
                plugins.Add(plugin);
            }
        }

        return new PluginCatalog(root, plugins, problems.Problems);
    }

    // Ids are unique across plugins: a later plugin reusing a plugin id is ignored, one reusing an action id loses that action.
    private static LoadedPlugin? Deduplicate(LoadedPlugin plugin, List<LoadedPlugin> earlier, ProblemCollector problems)
    {
        var manifestPath = Path.Combine(plugin.Directory, PluginFolderLoader.ManifestFileName);
        if (earlier.FirstOrDefault(p => p.Manifest.Id == plugin.Manifest.Id) is { } twin)
        {
            problems.Add(plugin.Manifest.Id, manifestPath, $"duplicate plugin id '{plugin.Manifest.Id}' (also in {Path.GetFileName(twin.Directory)}/); this copy is ignored");
            return null;
        }

        var taken = earlier.SelectMany(p => p.Actions).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var clashes = plugin.Actions.Where(a => taken.Contains(a.Id)).ToList();
        foreach (var action in clashes)
        {
            problems.Add(plugin.Manifest.Id, action.Definition.File, $"duplicate action id '{action.Id}': another plugin already provides it", action.Id);
        }

        return clashes.Count == 0 ? plugin : plugin with { Actions = [.. plugin.Actions.Except(clashes)] };
    }
}
