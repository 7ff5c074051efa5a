using System.Text.Json.Nodes;
using IncidentPlugin.TestSupport;

namespace IncidentIo.Plugin.Tests.Support;

/// <summary>The incident.io plugin's trigger manifests (manifests/incidentio/triggers/).</summary>
internal static class TriggerManifests
{
    public static string Directory => Path.Combine(RepoPaths.Manifests, "incidentio", "triggers");

    public static IEnumerable<string> Stems =>
        System.IO.Directory.EnumerateFiles(Directory, "*.json").Order(StringComparer.Ordinal).Select(Path.GetFileNameWithoutExtension).Select(s => s!);

    public static JsonObject Load(string stem) => ActionManifests.Parse(Path.Combine(Directory, stem + ".json"));

    public static IEnumerable<JsonObject> All => Stems.Select(Load);

    /// <summary>Every event declared by a webhook trigger, with the trigger id.</summary>
    public static IEnumerable<(string Trigger, JsonObject Event)> Events =>
        All.SelectMany(m => (m["events"] as JsonArray ?? []).Select(e => ((string)m["id"]!, e!.AsObject())));
}
