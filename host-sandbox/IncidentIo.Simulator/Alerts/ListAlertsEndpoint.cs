using System.Globalization;
using System.Text.Json.Nodes;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.Listing;
using IncidentIo.Simulator.State;

namespace IncidentIo.Simulator.Alerts;

/// <summary>
/// <c>GET /v2/alerts</c>: newest first, cursor-paginated (after = the last id of the page), filtered by
/// <c>status[one_of|not_in]</c>, <c>deduplication_key[is]</c> and <c>alert_source[one_of|not_in]</c>.
/// <c>page_size</c> is required (1–50), as the spec says. Other filters the spec lists are refused, not ignored.
/// </summary>
internal static class ListAlertsEndpoint
{
    public const int MaxPageSize = 50;

    public static IResult Handle(HttpContext context, SimulatorState state)
    {
        var errors = new List<ApiErrorDetail>();
        var pageSizeText = context.Request.Query["page_size"].ToString();
        if (!int.TryParse(pageSizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var pageSize) || pageSize is < 1 or > MaxPageSize)
        {
            errors.Add(new ApiErrorDetail(pageSizeText.Length == 0 ? "is_required" : "invalid_value", $"page_size is required, an integer from 1 to {MaxPageSize}", "page_size"));
        }

        var filters = new List<Func<AlertRecord, bool>>();
        foreach (var param in BracketParam.FromQuery(context.Request.Query))
        {
            var check = new FilterValues(param, errors);
            Func<AlertRecord, string>? subject = param.Name switch
            {
                "status" when check.Operator(["one_of", "not_in"]) && check.OneOf(AlertEventsEndpoint.Statuses) => a => a.Status,
                "alert_source" when check.Operator(["one_of", "not_in"]) => a => a.AlertSourceId,
                "deduplication_key" when check.Operator(["is"]) => a => a.DeduplicationKey,
                "status" or "alert_source" or "deduplication_key" => null,
                _ => Unsupported(param, errors),
            };
            if (subject is not null)
            {
                var values = param.Values.ToHashSet(StringComparer.Ordinal);
                var negate = param.Operator == "not_in";
                filters.Add(a => values.Contains(subject(a)) != negate);
            }
        }

        if (errors.Count > 0)
        {
            return ApiError.Validation(errors);
        }

        var after = context.Request.Query["after"].ToString();
        return state.Alerts.Read<IResult>(all =>
        {
            var matching = all.Where(a => filters.All(f => f(a))).OrderByDescending(a => a.Id, StringComparer.Ordinal).ToList();
            if (after.Length > 0)
            {
                if (all.All(a => a.Id != after))
                {
                    return ApiError.Validation("invalid_value", $"No alert with id '{after}' to continue after", "after");
                }

                matching = matching.Where(a => string.CompareOrdinal(a.Id, after) < 0).ToList();
            }

            var page = matching.Take(pageSize).ToList();
            var meta = new JsonObject { ["page_size"] = pageSize };
            if (matching.Count > page.Count)
            {
                meta["after"] = page[^1].Id;
            }

            return new JsonResult(new JsonObject
            {
                ["alerts"] = new JsonArray(page.Select(a => (JsonNode?)a.Render()).ToArray()),
                ["pagination_meta"] = meta,
            });
        });
    }

    private static Func<AlertRecord, string>? Unsupported(BracketParam param, List<ApiErrorDetail> errors)
    {
        errors.Add(new ApiErrorDetail("invalid_value", $"The simulator does not filter alerts by {param.Name}", param.Key));
        return null;
    }
}
