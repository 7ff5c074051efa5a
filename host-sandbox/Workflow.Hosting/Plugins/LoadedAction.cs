using Workflow.Abstractions;
using Workflow.Hosting.Manifests;

namespace Workflow.Hosting.Plugins;

/// <summary>An action ready to run: its plugin, its manifest and compiled schemas, and a way to create its implementation.</summary>
internal sealed record LoadedAction(PluginManifest Plugin, ActionDefinition Definition, Func<IWorkflowAction> CreateInstance)
{
    public string Id => Definition.Manifest.Id;

    public ActionManifest Manifest => Definition.Manifest;
}
