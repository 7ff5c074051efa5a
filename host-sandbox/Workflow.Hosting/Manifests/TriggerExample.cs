using System.Text.Json.Nodes;

namespace Workflow.Hosting.Manifests;

/// <summary>A sample delivery and what the workflow sees from it; <paramref name="Trigger"/> must validate against the output schema.</summary>
internal sealed record TriggerExample(string Title, JsonObject? Delivery, JsonObject Trigger);
