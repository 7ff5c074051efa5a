using Workflow.Hosting.Manifests;

namespace Workflow.Hosting.Plugins;

/// <summary>Every manifest has exactly one implementation and every implementation a manifest.</summary>
internal static class ParityCheck
{
    public static IReadOnlyList<LoadedAction> Match(
        PluginManifest plugin,
        IReadOnlyList<ActionDefinition> definitions,
        IReadOnlyList<ActionImplementation> implementations,
        IReadOnlySet<string> brokenIds,
        string assemblyPath,
        ProblemCollector problems)
    {
        var byId = implementations.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var actions = new List<LoadedAction>();
        foreach (var definition in definitions)
        {
            var id = definition.Manifest.Id;
            var found = byId.GetValueOrDefault(id) ?? [];
            if (found.Count == 0)
            {
                problems.Add(plugin.Id, definition.File, $"action '{id}' has no implementation: no class in {plugin.Assembly} has [WorkflowAction(\"{id}\")]", id);
            }
            else if (found.Count > 1)
            {
                var names = string.Join(", ", found.Select(i => i.TypeName));
                problems.Add(plugin.Id, definition.File, $"action '{id}' has {found.Count} implementations ({names}); exactly one is allowed", id);
            }
            else if (definition.Usable)
            {
                actions.Add(new LoadedAction(plugin, definition, found[0].Create));
            }
        }

        // An implementation whose manifest is broken is not unmatched: the manifest's own problem says why.
        var declared = definitions.Select(d => d.Manifest.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var implementation in implementations.Where(i => !declared.Contains(i.Id) && !brokenIds.Contains(i.Id)))
        {
            problems.Add(plugin.Id, assemblyPath,
                $"class {implementation.TypeName} implements '{implementation.Id}' but no valid manifest in {plugin.ActionsDirectory}/ declares it",
                implementation.Id);
        }

        return actions;
    }
}
