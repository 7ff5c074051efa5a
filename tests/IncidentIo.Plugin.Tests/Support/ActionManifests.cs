using System.Text.Json.Nodes;
using IncidentPlugin.TestSupport;

namespace IncidentIo.Plugin.Tests.Support;

/// <summary>The plugin's action manifests as parsed JSON, by file stem (e.g. <c>list-severities</c>).</summary>
internal static class ActionManifests
{
    public static string Directory => Path.Combine(RepoPaths.Manifests, "incidentio", "actions");

    public static string PluginManifestPath => Path.Combine(RepoPaths.Manifests, "incidentio", "plugin.json");

    public static IEnumerable<string> Files => System.IO.Directory.EnumerateFiles(Directory, "*.json").Order(StringComparer.Ordinal);

    public static IEnumerable<string> Stems => Files.Select(Path.GetFileNameWithoutExtension).Select(s => s!);

    public static JsonObject Load(string stem) => Parse(Path.Combine(Directory, stem + ".json"));

    public static JsonObject Parse(string path) => JsonNode.Parse(File.ReadAllText(path))!.AsObject();
}
