using System.Text.Json.Nodes;
using IncidentIo.Simulator.Payloads;
using IncidentIo.Simulator.Seed;

namespace IncidentIo.Simulator.Incidents;

/// <summary>
/// CustomFieldEntryPayloadV2 → CustomFieldEntryV2: option ids become value_option objects from the seed's
/// options; text, link and numeric values are echoed; an empty values array clears the field (null entry).
/// </summary>
internal static class CustomFieldValues
{
    private static readonly string[] Echoed = ["value_text", "value_link", "value_numeric"];

    public static (string, JsonObject?)? Entry(PayloadReader item, SeedCatalog catalog)
    {
        var field = item.Reference("custom_field_id", catalog, "custom_fields", "custom field", required: true);
        var values = item.Array("values", required: true);
        if (field is null || values is null)
        {
            return null;
        }

        var id = (string)field["id"]!;
        var rendered = new JsonArray();
        for (var i = 0; i < values.Count; i++)
        {
            if (Value(item.Nested(values[i] as JsonObject, $"values[{i}]"), field) is { } value)
            {
                rendered.Add(value);
            }
        }

        var entry = new JsonObject { ["custom_field"] = Definition(field), ["values"] = rendered };
        return (id, rendered.Count == 0 ? null : entry);
    }

    private static JsonObject? Value(PayloadReader value, JsonObject field)
    {
        var result = new JsonObject();
        foreach (var name in Echoed)
        {
            if (value.String(name) is { } text)
            {
                result[name] = text;
            }
        }

        if (value.String("value_option_id") is { } optionId)
        {
            var option = Options(field).FirstOrDefault(o => (string?)o["id"] == optionId);
            if (option is null)
            {
                value.Invalid("value_option_id", $"No option '{optionId}' on custom field '{field["name"]}'");
                return null;
            }

            result["value_option"] = option;
        }

        if (value.String("value_catalog_entry_id") is { } entryId)
        {
            // The simulator has no catalog; it echoes the reference as an EmbeddedCatalogEntryV2.
            result["value_catalog_entry"] = new JsonObject { ["id"] = entryId, ["name"] = entryId };
        }

        return result.Count == 0 ? null : result;
    }

    private static JsonObject Definition(JsonObject field) => new()
    {
        ["id"] = field["id"]!.DeepClone(),
        ["name"] = field["name"]!.DeepClone(),
        ["description"] = field["description"]!.DeepClone(),
        ["field_type"] = field["field_type"]!.DeepClone(),
        ["options"] = new JsonArray(Options(field).ToArray<JsonNode?>()),
    };

    // CustomFieldOptionV2 needs custom_field_id, which the seed leaves implicit.
    private static IEnumerable<JsonObject> Options(JsonObject field) =>
        field["options"]!.AsArray().OfType<JsonObject>().Select(o =>
        {
            var option = o.DeepClone().AsObject();
            option["custom_field_id"] = field["id"]!.DeepClone();
            return option;
        });
}
