using System.Text.Json.Nodes;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.Listing;
using IncidentIo.Simulator.State;

namespace IncidentIo.Simulator.Users;

/// <summary>
/// <c>GET /v2/users</c>: the seed's users in seed order, filtered by exact <c>email</c> (ignoring case) or <c>slack_user_id</c>;
/// inactive users only with <c>include_inactive=true</c>. page_size 1–10000 (default 25), cursor after = a user id.
/// </summary>
internal static class UserEndpoints
{
    public const int MaxPageSize = 10000;

    public static IResult List(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        if (!PageSize.TryRead(query, MaxPageSize, out var pageSize, out var pageError))
        {
            return pageError!;
        }

        var email = query["email"].ToString();
        var slack = query["slack_user_id"].ToString();
        var inactive = query["include_inactive"].ToString() == "true";
        var matching = state.Catalog.Users.Where(u =>
            (inactive || (bool?)u["is_active"] == true)
            && (email.Length == 0 || string.Equals((string?)u["email"], email, StringComparison.OrdinalIgnoreCase))
            && (slack.Length == 0 || (string?)u["slack_user_id"] == slack)).ToList();
        var after = query["after"].ToString();
        var start = after.Length == 0 ? 0 : matching.FindIndex(u => (string?)u["id"] == after) + 1;
        if (after.Length > 0 && start == 0)
        {
            return ApiError.Validation("invalid_value", $"No user with id '{after}' to continue after", "after");
        }

        var page = matching.Skip(start).Take(pageSize).Select(u => (JsonNode?)u.DeepClone()).ToArray();
        // The request allows 10000, but the response schema (PaginationMetaResultV2) caps page_size at 250.
        var meta = new JsonObject { ["page_size"] = Math.Min(pageSize, 250) };
        if (start + page.Length < matching.Count)
        {
            meta["after"] = page[^1]!["id"]!.DeepClone();
        }

        return new JsonResult(new JsonObject { ["users"] = new JsonArray(page), ["pagination_meta"] = meta });
    }
}
