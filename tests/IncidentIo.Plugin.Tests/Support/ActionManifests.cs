using System.Text.Json.Nodes;
using IncidentPlugin.TestSupport;

namespace IncidentIo.Plugin.Tests.Support;

/// <summary>The plugin's action manifests as parsed JSON, by file stem (e.g. <c>list-severities</c>).</summary>
internal static class ActionManifests
{
    public static string Directory => Path.Combine(RepoPaths.Manifests, "incidentio", "actions");

    public static string PluginManifestPath => Path.Combine(RepoPaths.Manifests, "incidentio", "plugin.json");

    public static IEnumerable<string> Files => System.IO.Directory.EnumerateFiles(Directory, "*.json").Order(StringComparer.Ordinal);

    /// <summary>The plugin's shared definitions (<c>definitions/*.json</c>), which manifests reference by <c>$id</c>.</summary>
    public static IEnumerable<string> DefinitionFiles =>
        System.IO.Directory.EnumerateFiles(Path.Combine(RepoPaths.Manifests, "incidentio", "definitions"), "*.json").Order(StringComparer.Ordinal);

    /// <summary>The shared incident definition every action that returns an incident references.</summary>
    public static JsonObject IncidentDefinition => Parse(Path.Combine(RepoPaths.Manifests, "incidentio", "definitions", "incident.json"));

    public static IEnumerable<string> Stems => Files.Select(Path.GetFileNameWithoutExtension).Select(s => s!);

    public static JsonObject Load(string stem) => Parse(Path.Combine(Directory, stem + ".json"));

    public static JsonObject Parse(string path) => JsonNode.Parse(File.ReadAllText(path))!.AsObject();
}
