using System.Text.Json.Nodes;

namespace Workflow.Hosting;

/// <summary>One action a loaded plugin provides, as its manifest describes it (<c>actions/*.json</c>).</summary>
/// <param name="Id">The action id, e.g. <c>incidentio.create_incident</c>.</param>
/// <param name="PluginId">The id of the plugin that provides it (plugin.json <c>id</c>).</param>
/// <param name="Title">A short name for people.</param>
/// <param name="Description">What it does, for people.</param>
/// <param name="InputSchema">The manifest's input JSON Schema (2020-12), as written; render a form or an agent tool from it.</param>
/// <param name="OutputSchema">The manifest's output JSON Schema (2020-12), as written.</param>
/// <param name="ReadOnly">True when the action changes nothing remotely (manifest <c>annotations.readOnly</c>).</param>
public sealed record HostedAction(
    string Id, string PluginId, string Title, string Description, JsonObject InputSchema, JsonObject OutputSchema, bool ReadOnly);
