using Workflow.Hosting.Plugins;
using Workflow.Hosting.Workflows;

namespace Workflow.Hosting.Triggers;

/// <summary>Which workflows an event type starts: each workflow's <c>trigger.on</c> resolved to a loaded trigger.</summary>
internal sealed class TriggerRouter
{
    private readonly IReadOnlyList<TriggerRoute> _routes;

    // Event type → the routes it starts, built once: the receiver asks this for every delivery.
    private readonly Dictionary<string, TriggerRoute[]> _byEventType;

    private TriggerRouter(IReadOnlyList<TriggerRoute> routes)
    {
        _routes = routes;
        _byEventType = routes
            .SelectMany(route => EventTypes(route.Trigger).Select(eventType => (EventType: eventType, Route: route)))
            .GroupBy(pair => pair.EventType, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(pair => pair.Route).Distinct().ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<TriggerRoute> Routes => _routes;

    /// <summary>The router, and one message per workflow that cannot be routed (no <c>trigger.on</c>, unknown trigger).</summary>
    public static TriggerRouter Build(IEnumerable<(string Key, WorkflowDefinition Workflow)> workflows, PluginCatalog catalog, out IReadOnlyList<string> problems)
    {
        var routes = new List<TriggerRoute>();
        var messages = new List<string>();
        foreach (var (key, workflow) in workflows)
        {
            if (workflow.Trigger.On is not { } on)
            {
                messages.Add($"{key}: has no trigger.on, so no event starts it");
            }
            else if (catalog.FindTrigger(on) is not { } trigger)
            {
                messages.Add($"{key}: trigger.on names '{on}', which no loaded plugin declares (see `list`)");
            }
            else if (routes.Any(r => r.Key == key))
            {
                messages.Add($"{key}: two workflows have this name; rename one file");
            }
            else
            {
                routes.Add(new TriggerRoute(workflow, key, trigger));
            }
        }

        problems = messages;
        return new TriggerRouter(routes);
    }

    /// <summary>The routes whose trigger covers <paramref name="eventType"/>, in the order the workflows were given; empty when none does.</summary>
    public IReadOnlyList<TriggerRoute> Match(string eventType) => _byEventType.TryGetValue(eventType, out var routes) ? routes : [];

    // What FindEvent answers for: a webhook trigger's declared event types, a polling trigger's one event type.
    private static IEnumerable<string> EventTypes(TriggerDefinition trigger) =>
        trigger.Manifest.Poll is { } poll ? [poll.EventType ?? trigger.Id] : trigger.Manifest.Events.Select(e => e.Type);
}
