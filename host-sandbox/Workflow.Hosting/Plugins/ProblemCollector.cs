namespace Workflow.Hosting.Plugins;

/// <summary>Collects the problems of one load, naming files relative to the plugins directory.</summary>
internal sealed class ProblemCollector(string pluginsDirectory)
{
    private readonly List<PluginProblem> _problems = [];

    public IReadOnlyList<PluginProblem> Problems => _problems;

    public void Add(string plugin, string file, string message, string? actionId = null) =>
        _problems.Add(new PluginProblem(plugin, Path.GetRelativePath(pluginsDirectory, file), message, actionId));
}
