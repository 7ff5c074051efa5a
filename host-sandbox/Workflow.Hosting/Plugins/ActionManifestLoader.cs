using Json.Schema;
using Workflow.Hosting.Manifests;
using Workflow.Hosting.Validation;

namespace Workflow.Hosting.Plugins;

/// <summary>Reads a plugin's action manifests: meta-schema, id rules, schemas that compile, examples checked.</summary>
internal static class ActionManifestLoader
{
    /// <param name="plugin">The plugin.</param>
    /// <param name="folder">Its folder.</param>
    /// <param name="actionMetaSchema">The action meta-schema; null when these exact manifests passed every check before
    /// (<see cref="ManifestCheckCache"/>): then the meta-schema, schema compilation and example checks are skipped.</param>
    /// <param name="shared">The plugin's shared definitions (<c>definitions/*.json</c>) the manifests' <c>$ref</c>s may point into.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="brokenIds">The ids of manifests that were reported as broken (read leniently from the file): later checks
    /// attribute a reference to one of them to that problem instead of reporting the reference again.</param>
    public static IReadOnlyList<ActionDefinition> Load(
        PluginManifest plugin, string folder, CompiledSchema? actionMetaSchema, SharedDefinitions shared, ProblemCollector problems, out IReadOnlySet<string> brokenIds)
    {
        var broken = new HashSet<string>(StringComparer.Ordinal);
        brokenIds = broken;
        var directory = Path.Combine(folder, plugin.ActionsDirectory);
        if (!Directory.Exists(directory))
        {
            problems.Add(plugin.Id, Path.Combine(folder, "plugin.json"), $"the actions directory '{plugin.ActionsDirectory}' does not exist");
            return [];
        }

        var definitions = new List<ActionDefinition>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var manifest = ManifestReader.Read<ActionManifest>(file, actionMetaSchema, out var errors);
            foreach (var error in errors)
            {
                problems.Add(plugin.Id, file, error);
            }

            if (manifest is null)
            {
                if (ManifestReader.ReadId(file) is { } id)
                {
                    broken.Add(id);
                }

                continue;
            }

            if (definitions.FirstOrDefault(d => d.Manifest.Id == manifest.Id) is { } first)
            {
                problems.Add(plugin.Id, file, $"duplicate action id '{manifest.Id}' (also declared in {Path.GetFileName(first.File)})", manifest.Id);
                continue;
            }

            if (Define(plugin, manifest, file, shared, checkSchemas: actionMetaSchema is not null, problems) is { } definition)
            {
                definitions.Add(definition);
            }
            else
            {
                broken.Add(manifest.Id);
            }
        }

        return definitions;
    }

    private static ActionDefinition? Define(PluginManifest plugin, ActionManifest manifest, string file, SharedDefinitions shared, bool checkSchemas, ProblemCollector problems)
    {
        void Problem(string message) => problems.Add(plugin.Id, file, message, manifest.Id);

        // Compiled at their first validation; only a full check compiles them here, to report a broken one.
        var input = CompiledSchema.Compile(manifest.Input, shared);
        var output = CompiledSchema.Compile(manifest.Output, shared);
        if (checkSchemas && CompileProblem(input, output) is { } problem)
        {
            Problem(problem);
            return null;
        }

        var unresolved = checkSchemas ? UnresolvedReferences(manifest, shared).ToList() : [];
        foreach (var reference in unresolved)
        {
            Problem(reference);
        }

        if (unresolved.Count > 0)
        {
            return null;
        }

        var usable = true;
        if (!manifest.Id.StartsWith(plugin.Id + ".", StringComparison.Ordinal))
        {
            Problem($"action id '{manifest.Id}' must start with the plugin id '{plugin.Id}.'");
            usable = false;
        }

        foreach (var message in checkSchemas ? ExampleProblems(manifest, input, output) : [])
        {
            Problem(message);
            usable = false;
        }

        return new ActionDefinition(manifest, file, input, output, usable) { Shared = shared };
    }

    // Apart from Define so that a trusted folder never loads JsonSchema.Net just to compile Define's exception filter.
    private static string? CompileProblem(CompiledSchema input, CompiledSchema output)
    {
        try
        {
            input.EnsureCompiled();
            output.EnsureCompiled();
            return null;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or JsonSchemaException)
        {
            return $"its input or output is not a usable JSON Schema: {ex.Message}";
        }
    }

    private static IEnumerable<string> ExampleProblems(ActionManifest manifest, CompiledSchema input, CompiledSchema output)
    {
        for (var i = 0; i < manifest.Examples.Count; i++)
        {
            var example = manifest.Examples[i];
            var problems = new List<string>();
            try
            {
                problems.AddRange(input.Validate(example.Input).Select(d => $"input {Field(d.Field)}: {d.Message}"));
                problems.AddRange(output.Validate(example.Output).Select(d => $"output {Field(d.Field)}: {d.Message}"));
            }
            catch (JsonSchemaException ex)
            {
                problems.Add($"its schemas cannot be evaluated: {ex.Message}");
            }

            foreach (var problem in problems)
            {
                yield return $"example {i + 1} ('{example.Title}') does not validate: {problem}";
            }
        }
    }

    // A $ref to another document must name a shared definition of this plugin: the host never fetches a schema.
    private static IEnumerable<string> UnresolvedReferences(ActionManifest manifest, SharedDefinitions shared) =>
        new[] { ("input", manifest.Input), ("output", manifest.Output) }
            .SelectMany(part => References(part.Item2).Select(r => (Part: part.Item1, Reference: r)))
            .Where(r => !r.Reference.StartsWith('#') && !(Uri.TryCreate(r.Reference, UriKind.Absolute, out var uri) && shared.Declares(uri)))
            .Select(r => $"{r.Part} refers to '{r.Reference}', which no shared definition of this plugin ({SharedDefinitionLoader.DirectoryName}/*.json) declares as its \"$id\"");

    private static IEnumerable<string> References(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => o.SelectMany(p =>
            p.Key == "$ref" && p.Value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var target) ? [target] : References(p.Value)),
        System.Text.Json.Nodes.JsonArray a => a.SelectMany(References),
        _ => [],
    };

    private static string Field(string? pointer) => Pointers.Display(pointer);
}
