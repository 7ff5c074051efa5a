using System.Text.Json.Nodes;
using IncidentPlugin.TestSupport;

namespace IncidentIo.Plugin.Tests.Support;

/// <summary>Fields of a JSON value that the spec's schema does not declare, found recursively (the spec never closes its objects, so validation alone would accept them).</summary>
internal static class SpecFields
{
    public static IReadOnlyList<string> Unknown(OpenApiSpec spec, string componentName, JsonNode? instance)
    {
        var unknown = new List<string>();
        Walk(spec, Component(spec, componentName), instance, "", unknown);
        return unknown;
    }

    private static void Walk(OpenApiSpec spec, JsonObject schema, JsonNode? instance, string pointer, List<string> unknown)
    {
        schema = Resolve(spec, schema);
        switch (instance)
        {
            case JsonObject o:
                var properties = schema["properties"]?.AsObject();
                foreach (var (name, value) in o)
                {
                    if (properties?[name] is JsonObject property)
                    {
                        Walk(spec, property, value, $"{pointer}/{name}", unknown);
                    }
                    else if (schema["additionalProperties"] is JsonObject additional)
                    {
                        Walk(spec, additional, value, $"{pointer}/{name}", unknown);
                    }
                    else if (schema["additionalProperties"] is JsonValue open && open.GetValueKind() == System.Text.Json.JsonValueKind.True)
                    {
                        // A free-form object (e.g. an alert event's metadata): any field is declared.
                    }
                    else
                    {
                        unknown.Add($"{pointer}/{name}");
                    }
                }

                break;
            case JsonArray a when schema["items"] is JsonObject items:
                for (var i = 0; i < a.Count; i++)
                {
                    Walk(spec, items, a[i], $"{pointer}/{i}", unknown);
                }

                break;
        }
    }

    private static JsonObject Resolve(OpenApiSpec spec, JsonObject schema) =>
        schema["$ref"] is JsonValue reference
            ? Component(spec, ((string)reference!).Replace("#/components/schemas/", "", StringComparison.Ordinal))
            : schema;

    private static JsonObject Component(OpenApiSpec spec, string name) => spec.Root["components"]!["schemas"]![name]!.AsObject();
}
