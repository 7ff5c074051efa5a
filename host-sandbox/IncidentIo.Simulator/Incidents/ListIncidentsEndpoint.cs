using System.Text.Json.Nodes;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.Listing;
using IncidentIo.Simulator.State;

namespace IncidentIo.Simulator.Incidents;

/// <summary>
/// <c>GET /v2/incidents</c>: filtered, sorted, cursor-paginated. pagination_meta.after (the page's last id) is
/// present only when another page follows; total_record_count counts every match.
/// </summary>
internal static class ListIncidentsEndpoint
{
    public static IResult Handle(HttpContext context, SimulatorState state)
    {
        var errors = new List<ApiErrorDetail>();
        var request = ListRequest.Parse(context.Request.Query, state.Catalog, errors);
        if (errors.Count > 0)
        {
            return ApiError.Validation(errors);
        }

        return state.Read<IResult>(all =>
        {
            // Ids are time-ordered ULIDs, so ordering by id is ordering by creation.
            var sign = request.NewestFirst ? -1 : 1;
            var matching = all.Where(request.Matches).OrderBy(r => r.Id, Comparer<string>.Create((a, b) => sign * string.CompareOrdinal(a, b))).ToList();
            var remaining = matching;
            if (request.After is { } after)
            {
                var cursor = all.FirstOrDefault(r => r.Id == after);
                if (cursor is null)
                {
                    return ApiError.Validation("invalid_value", $"No incident with id '{after}' to continue after", "after");
                }

                remaining = matching.Where(r => sign * string.CompareOrdinal(r.Id, cursor.Id) > 0).ToList();
            }

            var page = remaining.Take(request.PageSize).ToList();
            var meta = new JsonObject { ["page_size"] = request.PageSize, ["total_record_count"] = matching.Count };
            if (remaining.Count > page.Count)
            {
                meta["after"] = page[^1].Id;
            }

            return new JsonResult(new JsonObject
            {
                ["incidents"] = new JsonArray(page.Select(state.Render).ToArray<JsonNode?>()),
                ["pagination_meta"] = meta,
            });
        });
    }
}
