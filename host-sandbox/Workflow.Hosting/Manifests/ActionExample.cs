using System.Text.Json.Nodes;

namespace Workflow.Hosting.Manifests;

/// <summary>An input and output pair from a manifest; both must validate against the action's schemas.</summary>
internal sealed record ActionExample(string Title, JsonObject Input, JsonObject Output);
