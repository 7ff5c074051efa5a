namespace Workflow.Hosting.Plugins;

/// <summary>Everything one load of a plugins directory produced: the plugins and actions that work, and the problems.</summary>
internal sealed class PluginCatalog
{
    private readonly Dictionary<string, LoadedAction> _actions;

    public PluginCatalog(string directory, IReadOnlyList<LoadedPlugin> plugins, IReadOnlyList<PluginProblem> problems)
    {
        Directory = directory;
        Plugins = plugins;
        Problems = problems;
        _actions = plugins.SelectMany(p => p.Actions).ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public string Directory { get; }

    /// <summary>
    /// Why the plugins directory itself cannot be what the host expects (missing, holding no plugin folder, or being a
    /// plugin folder itself), in words that say what was expected; null when it holds at least one plugin folder.
    /// A host error (exit 3): no action can be blamed for it.
    /// </summary>
    public string? DirectoryProblem { get; init; }

    public IReadOnlyList<LoadedPlugin> Plugins { get; }

    public IReadOnlyList<PluginProblem> Problems { get; }

    public IEnumerable<LoadedAction> Actions => Plugins.SelectMany(p => p.Actions);

    public LoadedAction? FindAction(string id) => _actions.GetValueOrDefault(id);

    public IEnumerable<TriggerDefinition> Triggers => Plugins.SelectMany(p => p.Triggers);

    public TriggerDefinition? FindTrigger(string id) => Triggers.FirstOrDefault(t => t.Id == id);

    /// <summary>The plugin that declares <paramref name="trigger"/>.</summary>
    public LoadedPlugin PluginOf(TriggerDefinition trigger) => Plugins.First(p => p.Triggers.Contains(trigger));

    public LoadedPlugin? FindPlugin(string id) => Plugins.FirstOrDefault(p => p.Manifest.Id == id);

    /// <summary>Why an action is not available: the problems naming it, and those of its whole plugin.</summary>
    public IReadOnlyList<PluginProblem> ProblemsOf(string actionId) =>
        [.. Problems.Where(p => p.ActionId == actionId
                                || (p.ActionId is null && actionId.StartsWith(p.Plugin + ".", StringComparison.Ordinal)))];
}
