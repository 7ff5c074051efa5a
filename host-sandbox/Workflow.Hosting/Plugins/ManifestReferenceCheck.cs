using System.Text.Json.Nodes;
using Workflow.Hosting.Manifests;

namespace Workflow.Hosting.Plugins;

/// <summary>
/// Names that manifests use to point at other things must exist: the plugin's testConnection action,
/// each dynamicOptions action, and the inputs that visibleWhen, dependsOn and fromInput name.
/// </summary>
internal static class ManifestReferenceCheck
{
    /// <param name="plugin">The plugin manifest whose references are checked.</param>
    /// <param name="pluginFile">plugin.json's path, relative to the plugins directory, for the problems.</param>
    /// <param name="definitions">The plugin's readable action manifests.</param>
    /// <param name="brokenIds">Ids of action manifests already reported as broken: a reference to one is no second problem.</param>
    /// <param name="problems">Where each broken reference is reported.</param>
    public static void Check(
        PluginManifest plugin, string pluginFile, IReadOnlyList<ActionDefinition> definitions, IReadOnlySet<string> brokenIds, ProblemCollector problems)
    {
        var actions = definitions.ToDictionary(d => d.Manifest.Id, StringComparer.Ordinal);
        if (plugin.TestConnection is { } test && !actions.ContainsKey(test) && !brokenIds.Contains(test))
        {
            problems.Add(plugin.Id, pluginFile, $"testConnection names '{test}', which is not an action of this plugin");
        }

        foreach (var definition in definitions)
        {
            foreach (var message in InputProblems(definition.Manifest, actions, brokenIds))
            {
                problems.Add(plugin.Id, definition.File, message, definition.Manifest.Id);
            }
        }
    }

    private static IEnumerable<string> InputProblems(ActionManifest manifest, Dictionary<string, ActionDefinition> actions, IReadOnlySet<string> brokenIds)
    {
        var properties = manifest.Input["properties"] as JsonObject ?? [];
        var inputs = properties.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, property) in properties)
        {
            var ui = property?["x-ui"];
            if (ui?["visibleWhen"]?["field"]?.GetValue<string>() is { } field && !inputs.Contains(field))
            {
                yield return $"input '{name}': visibleWhen names '{field}', which is not an input of this action";
            }

            foreach (var problem in FilterProblems(name, property))
            {
                yield return problem;
            }

            // A plain local, not a pattern variable: Stryker's mutants of this loop must compile (tests/Mutation/README.md).
            var options = ui?["dynamicOptions"] as JsonObject;
            if (options is null)
            {
                continue;
            }

            var source = options["action"]?.GetValue<string>() ?? "";
            if (!actions.TryGetValue(source, out var sourceAction))
            {
                // A broken manifest of that id was reported already: that problem is the cause.
                if (!brokenIds.Contains(source))
                {
                    yield return $"input '{name}': dynamicOptions.action '{source}' is not an action of this plugin";
                }
            }
            else if (!sourceAction.Manifest.Annotations.ReadOnly)
            {
                yield return $"input '{name}': dynamicOptions.action '{source}' is not read-only";
            }

            var named = (options["dependsOn"] as JsonArray ?? []).Select(n => n?.GetValue<string>())
                .Concat((options["parameters"] as JsonObject ?? []).Select(p => p.Value?["fromInput"]?.GetValue<string>()));
            foreach (var other in named.OfType<string>().Where(n => !inputs.Contains(n)).Distinct())
            {
                yield return $"input '{name}': dynamicOptions refers to '{other}', which is not an input of this action";
            }
        }
    }

    // widget "filter" renders one control per operator property: there must be some, and operatorLabels must name them.
    private static IEnumerable<string> FilterProblems(string name, JsonNode? property)
    {
        var ui = property?["x-ui"];
        var operators = property?["properties"] as JsonObject;
        if ((string?)ui?["widget"] == "filter" && operators is not { Count: > 0 })
        {
            yield return $"input '{name}': widget 'filter' needs an object schema whose properties are the operators (one_of, not_in, …)";
        }

        foreach (var (label, _) in ui?["operatorLabels"] as JsonObject ?? [])
        {
            if (operators?.ContainsKey(label) != true)
            {
                yield return $"input '{name}': operatorLabels names '{label}', which is not a property (operator) of this input";
            }
        }
    }
}
