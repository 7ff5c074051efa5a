using System.Text.Json.Nodes;
using Workflow.Hosting.Manifests;

namespace Workflow.Hosting.Plugins;

/// <summary>
/// Names that manifests use to point at other things must exist: the plugin's testConnection action,
/// each dynamicOptions action, and the inputs that visibleWhen, dependsOn and fromInput name.
/// </summary>
internal static class ManifestReferenceCheck
{
    public static void Check(PluginManifest plugin, string pluginFile, IReadOnlyList<ActionDefinition> definitions, ProblemCollector problems)
    {
        var actions = definitions.ToDictionary(d => d.Manifest.Id, StringComparer.Ordinal);
        if (plugin.TestConnection is { } test && !actions.ContainsKey(test))
        {
            problems.Add(plugin.Id, pluginFile, $"testConnection names '{test}', which is not an action of this plugin");
        }

        foreach (var definition in definitions)
        {
            foreach (var message in InputProblems(definition.Manifest, actions))
            {
                problems.Add(plugin.Id, definition.File, message, definition.Manifest.Id);
            }
        }
    }

    private static IEnumerable<string> InputProblems(ActionManifest manifest, Dictionary<string, ActionDefinition> actions)
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

            if (ui?["dynamicOptions"] is not JsonObject options)
            {
                continue;
            }

            var source = options["action"]?.GetValue<string>() ?? "";
            if (!actions.TryGetValue(source, out var sourceAction))
            {
                yield return $"input '{name}': dynamicOptions.action '{source}' is not an action of this plugin";
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
}
