using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Sandbox.Hosting;
using Workflow.Sandbox.Validation;

namespace Workflow.Sandbox.Plugins;

/// <summary>
/// Reads a plugin's <c>definitions/*.json</c>: each must be a JSON object with an absolute, unique <c>$id</c>
/// (a JSON Schema meta-check happens when a manifest that references it is compiled and its examples validated).
/// </summary>
internal static class SharedDefinitionLoader
{
    /// <summary>The folder, beside plugin.json, that holds a plugin's shared definitions.</summary>
    public const string DirectoryName = "definitions";

    /// <summary>The definitions of the plugin in <paramref name="folder"/>; <see cref="SharedDefinitions.None"/> when it has none.</summary>
    public static SharedDefinitions Load(string pluginId, string folder, ProblemCollector problems)
    {
        var directory = Path.Combine(folder, DirectoryName);
        if (!Directory.Exists(directory))
        {
            return SharedDefinitions.None;
        }

        var documents = new Dictionary<Uri, JsonNode>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            if (Read(file, out var problem) is not { } document)
            {
                problems.Add(pluginId, file, problem!);
            }
            else if (document["$id"] is not JsonValue id || !id.TryGetValue<string>(out var text)
                     || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Fragment.Length > 0)
            {
                problems.Add(pluginId, file, "a shared definition needs an absolute \"$id\" without a fragment (e.g. \"https://schemas.<plugin>.plugin/definitions/<name>.json\"), so manifests can reference it");
            }
            else if (!documents.TryAdd(uri, document))
            {
                problems.Add(pluginId, file, $"\"$id\" '{uri}' is declared by another shared definition of this plugin too");
            }
        }

        return new SharedDefinitions(documents);
    }

    private static JsonObject? Read(string file, out string? problem)
    {
        try
        {
            if (StrictText.ReadFile(file, out problem) is not { } text)
            {
                return null;
            }

            if (JsonNode.Parse(text) is JsonObject document)
            {
                return document;
            }

            problem = "a shared definition must be a JSON Schema object";
            return null;
        }
        catch (JsonException ex)
        {
            problem = $"is not valid JSON: {ex.Message}";
            return null;
        }
        catch (IOException ex)
        {
            problem = $"could not be read: {ex.Message}";
            return null;
        }
    }
}
