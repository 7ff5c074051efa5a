using Workflow.Hosting.Manifests;
using Workflow.Hosting.Validation;

namespace Workflow.Hosting.Plugins;

/// <summary>A trigger manifest that passed its checks, with its output schema ready to validate <c>trigger</c> objects.</summary>
internal sealed record TriggerDefinition(TriggerManifest Manifest, string File, CompiledSchema Output)
{
    public string Id => Manifest.Id;

    /// <summary>
    /// The event this trigger declares for <paramref name="eventType"/>, or null. A polling trigger has one: its
    /// event type (<c>poll.eventType</c>, else the trigger id), whose delivery carries one listed item under that name.
    /// </summary>
    public TriggerEvent? FindEvent(string eventType) =>
        Manifest.Poll is { } poll
            ? string.Equals(poll.EventType ?? Id, eventType, StringComparison.Ordinal)
                ? new TriggerEvent(eventType, null, "/" + eventType.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal), poll.Fields, null)
                : null
            : Manifest.Events.FirstOrDefault(e => string.Equals(e.Type, eventType, StringComparison.Ordinal));
}
