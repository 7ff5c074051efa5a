using System.Text.Json.Nodes;

namespace Workflow.Hosting.Manifests;

/// <summary>The read action a private event is completed with, run with the plugin's own connection.</summary>
/// <param name="Action">An action of the same plugin that reads the resource (read-only, or a generic call with GET).</param>
/// <param name="Input">Its input; strings may be templates over <c>trigger</c>, which is the delivery's payload here.</param>
internal sealed record TriggerCompletion(string Action, JsonObject Input);
