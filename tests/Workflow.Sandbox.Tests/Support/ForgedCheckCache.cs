using System.Text.Json.Nodes;
using Workflow.Hosting.Manifests;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Validation;

namespace Workflow.Sandbox.Tests.Support;

/// <summary>A manifest-check cache that lies: it says a broken plugin folder passed every check.</summary>
internal static class ForgedCheckCache
{
    /// <summary>
    /// Adds the greeter to <paramref name="plugins"/> with an example that does not validate ("example 1 ('Hello Ada')
    /// does not validate"), and returns a cache under the plugins folder that records the folder as clean.
    /// </summary>
    public static ManifestCheckCache ForBrokenGreeter(TempPlugins plugins)
    {
        var folder = plugins.AddGreeter();
        var path = Path.Combine(folder, "actions", "hello.json");
        var hello = JsonNode.Parse(File.ReadAllText(path))!;
        hello["examples"]![0]!["output"] = new JsonObject { ["greeting"] = 5 };
        File.WriteAllText(path, hello.ToJsonString());
        var cache = new ManifestCheckCache(Path.Combine(plugins.Root, "cache"));
        var plugin = ManifestReader.Read<PluginManifest>(Path.Combine(folder, "plugin.json"), null, out _)!;
        cache.RecordClean(folder, FolderFingerprint.Compute(folder, plugin, ManifestMetaSchemas.Default)!);
        return cache;
    }
}
