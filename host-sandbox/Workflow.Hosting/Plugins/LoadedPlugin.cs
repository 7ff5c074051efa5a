using Workflow.Hosting.Manifests;

namespace Workflow.Hosting.Plugins;

/// <summary>A plugin whose plugin.json and assembly loaded; <see cref="Actions"/> are the ones that passed every check.</summary>
internal sealed record LoadedPlugin(PluginManifest Manifest, string Directory, IReadOnlyList<LoadedAction> Actions)
{
    /// <summary>The triggers that passed every check (their read actions exist and are read-only).</summary>
    public IReadOnlyList<TriggerDefinition> Triggers { get; init; } = [];
}
