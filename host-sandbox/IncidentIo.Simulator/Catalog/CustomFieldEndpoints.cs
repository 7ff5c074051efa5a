using System.Text.Json.Nodes;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.Listing;
using IncidentIo.Simulator.State;

namespace IncidentIo.Simulator.Catalog;

/// <summary>
/// <c>GET /v2/custom_fields</c> (CustomFieldV2: the seed's fields without their options, no pagination),
/// <c>GET /v1/custom_field_options</c> (one field's options by sort_key; page_size 1–250, cursor after = an option id) and
/// <c>GET /v2/incident_roles</c> (the seed's roles).
/// </summary>
internal static class CustomFieldEndpoints
{
    public const int MaxPageSize = 250;

    public static IResult Fields(SimulatorState state) => new JsonResult(new JsonObject
    {
        ["custom_fields"] = new JsonArray(state.Catalog.CustomFields.Select(f =>
        {
            var field = f.DeepClone().AsObject();
            field.Remove("options");
            field["created_at"] = state.Catalog.Stamp;
            field["updated_at"] = state.Catalog.Stamp;
            return (JsonNode?)field;
        }).ToArray()),
    });

    public static IResult Options(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        var fieldId = query["custom_field_id"].ToString();
        if (fieldId.Length == 0)
        {
            return ApiError.Validation("is_required", "custom_field_id is required", "custom_field_id");
        }

        if (state.Catalog.Find("custom_fields", fieldId) is not { } field)
        {
            return ApiError.NotFound($"No custom field found with id '{fieldId}'");
        }

        if (!PageSize.TryRead(query, MaxPageSize, out var pageSize, out var pageError))
        {
            return pageError!;
        }

        var all = field["options"]!.AsArray().OfType<JsonObject>().OrderBy(o => (long)o["sort_key"]!).ToList();
        var after = query["after"].ToString();
        var start = after.Length == 0 ? 0 : all.FindIndex(o => (string?)o["id"] == after) + 1;
        if (after.Length > 0 && start == 0)
        {
            return ApiError.Validation("invalid_value", $"No option with id '{after}' to continue after", "after");
        }

        var page = all.Skip(start).Take(pageSize).Select(o =>
        {
            var option = o.DeepClone().AsObject();
            option["custom_field_id"] = fieldId;
            return (JsonNode?)option;
        }).ToArray();
        var meta = new JsonObject { ["page_size"] = pageSize };
        if (start + page.Length < all.Count)
        {
            meta["after"] = page[^1]!["id"]!.DeepClone();
        }

        return new JsonResult(new JsonObject { ["custom_field_options"] = new JsonArray(page), ["pagination_meta"] = meta });
    }

    public static IResult Roles(SimulatorState state) =>
        new JsonResult(new JsonObject { ["incident_roles"] = new JsonArray(state.Catalog.Roles.Select(r => (JsonNode?)r.DeepClone()).ToArray()) });
}
