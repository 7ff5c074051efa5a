using System.Globalization;
using System.Text.Json.Nodes;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.Listing;
using IncidentIo.Simulator.State;

namespace IncidentIo.Simulator.Escalations;

/// <summary>
/// <c>GET /v2/escalations</c>: newest first, cursor-paginated (after = the last id of the page; page_size 1–50, default 25),
/// filtered by <c>status</c>, <c>escalation_path</c>, <c>incident</c>, <c>alert</c> and <c>idempotency_key</c>
/// (<c>one_of</c> / <c>not_in</c>). The date filters the spec lists are refused, not ignored.
/// </summary>
internal static class ListEscalationsEndpoint
{
    public const int MaxPageSize = 50;

    private static readonly string[] Statuses = ["pending", "triggered", "acked", "resolved", "expired", "cancelled", "snoozed", "delayed", "pending_repeat"];

    public static IResult Handle(HttpContext context, SimulatorState state)
    {
        var errors = new List<ApiErrorDetail>();
        var pageSizeText = context.Request.Query["page_size"].ToString();
        var pageSize = 25;
        if (pageSizeText.Length > 0 && (!int.TryParse(pageSizeText, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            errors.Add(new ApiErrorDetail("invalid_value", $"page_size must be an integer from 1 to {MaxPageSize}", "page_size"));
        }

        var filters = new List<Func<string, JsonObject, bool>>();
        foreach (var param in BracketParam.FromQuery(context.Request.Query))
        {
            var check = new FilterValues(param, errors);
            Func<string, JsonObject, IEnumerable<string?>>? subject = param.Name switch
            {
                "status" when check.Operator(["one_of", "not_in"]) && check.OneOf(Statuses) => (_, e) => [(string?)e["status"]],
                "escalation_path" when check.Operator(["one_of", "not_in"]) => (_, e) => [(string?)e["escalation_path_id"]],
                "incident" when check.Operator(["one_of", "not_in"]) => (_, e) => Ids(e["related_incidents"]),
                "alert" when check.Operator(["one_of", "not_in"]) => (_, e) => Ids(e["related_alerts"]),
                "idempotency_key" when check.Operator(["one_of", "not_in"]) => (key, _) => [key],
                "status" or "escalation_path" or "incident" or "alert" or "idempotency_key" => null,
                _ => Unsupported(param, errors),
            };
            if (subject is not null)
            {
                var values = param.Values.ToHashSet(StringComparer.Ordinal);
                var negate = param.Operator == "not_in";
                filters.Add((key, e) => subject(key, e).Any(v => v is not null && values.Contains(v)) != negate);
            }
        }

        if (errors.Count > 0)
        {
            return ApiError.Validation(errors);
        }

        var all = state.Escalations.AllWithKeys();
        var matching = all.Where(e => filters.All(f => f(e.Key, e.Escalation))).Select(e => e.Escalation)
            .OrderByDescending(e => (string?)e["id"], StringComparer.Ordinal).ToList();
        var after = context.Request.Query["after"].ToString();
        if (after.Length > 0)
        {
            if (all.All(e => (string?)e.Escalation["id"] != after))
            {
                return ApiError.Validation("invalid_value", $"No escalation with id '{after}' to continue after", "after");
            }

            matching = matching.Where(e => string.CompareOrdinal((string?)e["id"], after) < 0).ToList();
        }

        var page = matching.Take(pageSize).ToList();
        var meta = new JsonObject { ["page_size"] = pageSize };
        if (matching.Count > page.Count)
        {
            meta["after"] = page[^1]["id"]!.DeepClone();
        }

        return new JsonResult(new JsonObject { ["escalations"] = new JsonArray(page.ToArray<JsonNode?>()), ["pagination_meta"] = meta });
    }

    private static IEnumerable<string?> Ids(JsonNode? related) => related?.AsArray().Select(r => (string?)r?["id"]) ?? [];

    private static Func<string, JsonObject, IEnumerable<string?>>? Unsupported(BracketParam param, List<ApiErrorDetail> errors)
    {
        errors.Add(new ApiErrorDetail("invalid_value", $"The simulator does not filter escalations by {param.Name}", param.Key));
        return null;
    }
}
