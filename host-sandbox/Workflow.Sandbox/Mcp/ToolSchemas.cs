using System.Text.Json.Nodes;
using Workflow.Hosting.DropdownOptions;
using Workflow.Hosting.Manifests;
using Workflow.Hosting.Validation;

namespace Workflow.Sandbox.Mcp;

/// <summary>
/// An action manifest's schemas as an MCP tool's <c>inputSchema</c> and <c>outputSchema</c>, self-contained: the
/// plugin's shared definitions they reference are bundled in (<see cref="SchemaBundle"/>), as MCP clients resolve
/// only local references. The builder-only <c>x-…</c>
/// hints are left out; what an agent needs from them (where a dropdown's values come from) goes into the
/// property's <c>description</c>.
/// </summary>
internal static class ToolSchemas
{
    /// <summary>The property under which a non-object output is returned (MCP's structured content is an object).</summary>
    public const string ResultProperty = "result";

    /// <summary>The input schema: the manifest's, without <c>x-…</c> keys, each dynamic input saying where its values come from.</summary>
    public static JsonObject Input(ActionManifest manifest, SharedDefinitions? shared = null)
    {
        var schema = SchemaBundle.Of(manifest.Input.AsObject(), shared ?? SharedDefinitions.None);
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, node) in properties)
            {
                if (node is JsonObject property && property["x-ui"]?["dynamicOptions"] is JsonObject options)
                {
                    var hint = OptionsHint(manifest.Id, name, DynamicOptionsSpec.Parse(options));
                    property["description"] = property["description"] is { } text ? $"{text.ToString().TrimEnd().TrimEnd('.')}. {hint}" : hint;
                }
            }
        }

        RemoveExtensions(schema);
        return schema;
    }

    /// <summary>
    /// The output schema. MCP 2025-11-25 returns structured content as a JSON object, so an object-rooted schema is
    /// used as it is and any other is wrapped: <c>{"result": …}</c> (<paramref name="wrapped"/> true), its
    /// <c>$defs</c> moved to the new root so their <c>#/$defs/…</c> pointers still resolve.
    /// </summary>
    public static JsonObject Output(ActionManifest manifest, out bool wrapped, SharedDefinitions? shared = null)
    {
        var schema = SchemaBundle.Of(manifest.Output.AsObject(), shared ?? SharedDefinitions.None);
        wrapped = (schema["type"] as JsonValue)?.ToString() != "object";
        if (!wrapped)
        {
            return schema;
        }

        var root = new JsonObject { ["type"] = "object", ["required"] = new JsonArray(ResultProperty) };
        foreach (var keyword in (string[])["$schema", "$defs", "definitions"])
        {
            if (schema.Remove(keyword, out var value))
            {
                root[keyword] = value;
            }
        }

        root["properties"] = new JsonObject { [ResultProperty] = schema };
        return root;
    }

    /// <summary>What the description of a dynamic input says, e.g. which tool lists the valid severities.</summary>
    public static string OptionsHint(string actionId, string inputName, DynamicOptionsSpec spec) =>
        $"Valid values: the `{Path(spec.Value)}` of each item in `{Path(spec.Items)}` of the tool `{ToolNames.ToolName(spec.Action)}`"
        + $", or read the resource `{OptionsUris.Template(actionId, inputName, spec.DependsOn)}` (value and label pairs, in order).";

    private static string Path(string pointer) => pointer.TrimStart('/').Replace('/', '.');

    // x-ui sits on the input's properties (manifests/README.md); other x-… keys only at the root.
    private static void RemoveExtensions(JsonObject schema)
    {
        foreach (var property in (schema["properties"] as JsonObject)?.Select(p => p.Value).OfType<JsonObject>() ?? [])
        {
            property.Remove("x-ui");
        }

        foreach (var key in schema.Select(p => p.Key).Where(k => k.StartsWith("x-", StringComparison.Ordinal)).ToList())
        {
            schema.Remove(key);
        }
    }
}
