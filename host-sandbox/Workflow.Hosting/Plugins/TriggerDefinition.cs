using Workflow.Hosting.Manifests;
using Workflow.Hosting.Validation;

namespace Workflow.Hosting.Plugins;

/// <summary>A trigger manifest that passed its checks, with its output schema ready to validate <c>trigger</c> objects.</summary>
internal sealed record TriggerDefinition(TriggerManifest Manifest, string File, CompiledSchema Output)
{
    public string Id => Manifest.Id;

    /// <summary>The event this trigger declares for <paramref name="eventType"/>, or null.</summary>
    public TriggerEvent? FindEvent(string eventType) =>
        Manifest.Events.FirstOrDefault(e => string.Equals(e.Type, eventType, StringComparison.Ordinal));
}
