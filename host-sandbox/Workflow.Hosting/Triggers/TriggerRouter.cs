using Workflow.Hosting.Plugins;
using Workflow.Hosting.Workflows;

namespace Workflow.Hosting.Triggers;

/// <summary>Which workflows an event type starts: each workflow's <c>trigger.on</c> resolved to a loaded trigger.</summary>
internal sealed class TriggerRouter
{
    private readonly IReadOnlyList<TriggerRoute> _routes;

    private TriggerRouter(IReadOnlyList<TriggerRoute> routes) => _routes = routes;

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

    /// <summary>The routes whose trigger covers <paramref name="eventType"/> (webhook triggers only).</summary>
    public IEnumerable<TriggerRoute> Match(string eventType) => _routes.Where(r => r.Trigger.FindEvent(eventType) is not null);
}
