using System.Text.Json.Nodes;
using IncidentIo.Simulator.Auth;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Ids;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.Listing;
using IncidentIo.Simulator.State;

namespace IncidentIo.Simulator.IncidentUpdates;

/// <summary>
/// <c>GET /v2/incident_updates</c>: newest first, optionally of one incident (full id), page_size 1–250 (default 25), cursor
/// after = the last id of the page. Updates are recorded by edits that change the status or the severity
/// (<see cref="Record"/>); creating an incident records none.
/// </summary>
internal static class IncidentUpdateEndpoints
{
    public const int MaxPageSize = 250;

    public static IResult List(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        if (!PageSize.TryRead(query, MaxPageSize, out var pageSize, out var pageError))
        {
            return pageError!;
        }

        var incidentId = query["incident_id"].ToString();
        var all = state.IncidentUpdates.All();
        var matching = all.Where(u => incidentId.Length == 0 || (string?)u["incident_id"] == incidentId)
            .OrderByDescending(u => (string?)u["id"], StringComparer.Ordinal).ToList();
        var after = query["after"].ToString();
        if (after.Length > 0)
        {
            if (all.All(u => (string?)u["id"] != after))
            {
                return ApiError.Validation("invalid_value", $"No incident update with id '{after}' to continue after", "after");
            }

            matching = matching.Where(u => string.CompareOrdinal((string?)u["id"], after) < 0).ToList();
        }

        var page = matching.Take(pageSize).ToList();
        var meta = new JsonObject { ["page_size"] = pageSize };
        if (matching.Count > page.Count)
        {
            meta["after"] = page[^1]["id"]!.DeepClone();
        }

        return new JsonResult(new JsonObject { ["incident_updates"] = new JsonArray(page.ToArray<JsonNode?>()), ["pagination_meta"] = meta });
    }

    /// <summary>Stores an update for an edit that moved <paramref name="incident"/> (rendered after the edit) to a new status or severity.</summary>
    public static void Record(HttpContext context, SimulatorState state, UlidGenerator ids, JsonObject incident)
    {
        var caller = BearerAuthMiddleware.Caller(context);
        var update = new JsonObject
        {
            ["id"] = ids.Next(),
            ["incident_id"] = incident["id"]!.DeepClone(),
            ["new_incident_status"] = incident["incident_status"]!.DeepClone(),
            ["updater"] = new JsonObject { ["api_key"] = new JsonObject { ["id"] = caller.Id, ["name"] = caller.Name } },
            ["created_at"] = incident["updated_at"]!.DeepClone(),
        };
        if (incident["severity"] is { } severity)
        {
            update["new_severity"] = severity.DeepClone();
        }

        state.IncidentUpdates.Add(update);
    }
}
