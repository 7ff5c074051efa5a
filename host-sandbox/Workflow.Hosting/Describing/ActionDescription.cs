using System.Text.Json.Nodes;
using Workflow.Hosting.Plugins;

namespace Workflow.Hosting.Describing;

/// <summary>Everything <c>describe</c> shows about an action, as JSON (the --json output and the source of the human view).</summary>
internal static class ActionDescription
{
    public static JsonObject Build(LoadedAction action)
    {
        var manifest = action.Manifest;
        return new JsonObject
        {
            ["id"] = manifest.Id,
            ["plugin"] = action.Plugin.Id,
            ["version"] = manifest.Version,
            ["title"] = manifest.Title,
            ["description"] = manifest.Description,
            ["category"] = manifest.Category,
            ["annotations"] = new JsonObject
            {
                ["read_only"] = manifest.Annotations.ReadOnly,
                ["destructive"] = manifest.Annotations.Destructive,
                ["idempotent"] = manifest.Annotations.Idempotent,
            },
            ["inputs"] = SchemaFields.Inputs(manifest.Input),
            ["outputs"] = SchemaFields.Outputs(manifest.Output),
            ["examples"] = new JsonArray([.. manifest.Examples.Select(e => new JsonObject
            {
                ["title"] = e.Title,
                ["input"] = e.Input.DeepClone(),
                ["output"] = e.Output.DeepClone(),
            })]),
            ["input_schema"] = manifest.Input.DeepClone(),
            ["output_schema"] = manifest.Output.DeepClone(),
        };
    }

    /// <summary>"incidentio.list_severities /severities → value /id, label /name", or null.</summary>
    public static string? OptionsSource(JsonNode? dynamicOptions) => dynamicOptions is null
        ? null
        : $"{dynamicOptions["action"]} {dynamicOptions["items"]} → value {dynamicOptions["value"]}, label {dynamicOptions["label"]}"
          + (dynamicOptions["dependsOn"] is JsonArray { Count: > 0 } on ? $" (depends on {string.Join(", ", on)})" : "");
}
