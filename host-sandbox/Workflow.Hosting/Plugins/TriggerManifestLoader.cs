using Json.Schema;
using Workflow.Hosting.Manifests;
using Workflow.Hosting.Validation;

namespace Workflow.Hosting.Plugins;

/// <summary>
/// Reads a plugin's trigger manifests: meta-schema, id rules, an output schema that compiles, examples that
/// validate against it, and the actions they name existing in the plugin (a poll's action read-only).
/// </summary>
internal static class TriggerManifestLoader
{
    /// <param name="plugin">The plugin.</param>
    /// <param name="folder">Its folder.</param>
    /// <param name="triggerMetaSchema">The trigger meta-schema; null when these exact manifests passed every check before.</param>
    /// <param name="actions">The plugin's action definitions, for the reference checks.</param>
    /// <param name="problems">Where problems go.</param>
    public static IReadOnlyList<TriggerDefinition> Load(
        PluginManifest plugin, string folder, CompiledSchema? triggerMetaSchema, IReadOnlyList<ActionDefinition> actions, ProblemCollector problems)
    {
        var directory = Path.Combine(folder, plugin.TriggersDirectory);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var definitions = new List<TriggerDefinition>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var manifest = ManifestReader.Read<TriggerManifest>(file, triggerMetaSchema, out var errors);
            foreach (var error in errors)
            {
                problems.Add(plugin.Id, file, error);
            }

            if (manifest is null)
            {
                continue;
            }

            if (definitions.FirstOrDefault(d => d.Id == manifest.Id) is { } first)
            {
                problems.Add(plugin.Id, file, $"duplicate trigger id '{manifest.Id}' (also declared in {Path.GetFileName(first.File)})", manifest.Id);
                continue;
            }

            var output = CompiledSchema.Compile(manifest.Output);
            var messages = Problems(plugin, manifest, output, actions, checkSchemas: triggerMetaSchema is not null).ToList();
            foreach (var message in messages)
            {
                problems.Add(plugin.Id, file, message, manifest.Id);
            }

            if (messages.Count == 0)
            {
                definitions.Add(new TriggerDefinition(manifest, file, output));
            }
        }

        return definitions;
    }

    private static IEnumerable<string> Problems(
        PluginManifest plugin, TriggerManifest manifest, CompiledSchema output, IReadOnlyList<ActionDefinition> actions, bool checkSchemas)
    {
        if (!manifest.Id.StartsWith(plugin.Id + ".", StringComparison.Ordinal))
        {
            yield return $"trigger id '{manifest.Id}' must start with the plugin id '{plugin.Id}.'";
        }

        var readActions = manifest.Events.Where(e => e.Completion is not null).Select(e => ("completion", e.Completion!.Action))
            .Concat(manifest.Poll is { } poll ? [("poll", poll.Action)] : []);
        foreach (var (role, id) in readActions.Distinct())
        {
            var action = actions.FirstOrDefault(a => a.Manifest.Id == id);
            if (action is null)
            {
                yield return $"{role} action '{id}' is not an action of this plugin";
            }
            // A completion may use a generic call action with a GET (there is no dedicated read action for every
            // resource); a poll runs on a schedule and must never change anything.
            else if (role == "poll" && !action.Manifest.Annotations.ReadOnly)
            {
                yield return $"{role} action '{id}' is not read-only";
            }
        }

        if (!checkSchemas)
        {
            yield break;
        }

        foreach (var message in ExampleProblems(manifest, output))
        {
            yield return message;
        }
    }

    private static List<string> ExampleProblems(TriggerManifest manifest, CompiledSchema output)
    {
        List<string> problems = [];
        try
        {
            output.EnsureCompiled();
            for (var i = 0; i < manifest.Examples.Count; i++)
            {
                var example = manifest.Examples[i];
                problems.AddRange(output.Validate(example.Trigger)
                    .Select(d => $"example {i + 1} ('{example.Title}') does not validate: trigger {Pointers.Display(d.Field)}: {d.Message}"));
            }
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or JsonSchemaException)
        {
            problems.Add($"its output is not a usable JSON Schema: {ex.Message}");
        }

        return problems;
    }
}
