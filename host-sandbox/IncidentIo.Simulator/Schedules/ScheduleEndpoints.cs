using System.Globalization;
using System.Text.Json.Nodes;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.Listing;
using IncidentIo.Simulator.State;

namespace IncidentIo.Simulator.Schedules;

/// <summary>
/// <c>GET /v2/schedules</c> (seed order, page_size 1–10000, cursor after = a schedule id; current and next shifts as of now,
/// next_shifts only up to 25 a page) and <c>GET /v2/schedule_entries</c> (one schedule's shifts overlapping a window; no
/// overrides, so final = scheduled; more than <see cref="EntriesPerPage"/> continue from the time cursor in pagination_meta.after).
/// </summary>
internal static class ScheduleEndpoints
{
    public const int MaxPageSize = 10000;

    public const int EntriesPerPage = 100;

    // "If no window is provided we default to a sensible range starting from now": the simulator takes a week.
    private static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(7);

    public static IResult List(HttpContext context, SimulatorState state, TimeProvider clock)
    {
        var query = context.Request.Query;
        if (!PageSize.TryRead(query, MaxPageSize, out var pageSize, out var pageError))
        {
            return pageError!;
        }

        var all = state.Catalog.Schedules;
        var after = query["after"].ToString();
        var start = 0;
        if (after.Length > 0)
        {
            start = all.ToList().FindIndex(s => (string?)s["id"] == after) + 1;
            if (start == 0)
            {
                return ApiError.Validation("invalid_value", $"No schedule with id '{after}' to continue after", "after");
            }
        }

        var now = clock.GetUtcNow();
        var page = all.Skip(start).Take(pageSize).Select(s => (JsonNode?)Render(s, state, now, withNext: pageSize <= 25)).ToArray();
        // The request allows 10000, but the response schema (PaginationMetaResultWithTotalV2) caps page_size at 250.
        var meta = new JsonObject { ["page_size"] = Math.Min(pageSize, 250), ["total_record_count"] = all.Count };
        if (start + page.Length < all.Count)
        {
            meta["after"] = page[^1]!["id"]!.DeepClone();
        }

        return new JsonResult(new JsonObject { ["schedules"] = new JsonArray(page), ["pagination_meta"] = meta });
    }

    public static IResult Entries(HttpContext context, SimulatorState state, TimeProvider clock)
    {
        var query = context.Request.Query;
        var scheduleId = query["schedule_id"].ToString();
        if (scheduleId.Length == 0)
        {
            return ApiError.Validation("is_required", "schedule_id is required", "schedule_id");
        }

        if (state.Catalog.Schedules.FirstOrDefault(s => (string?)s["id"] == scheduleId) is not { } schedule)
        {
            return ApiError.NotFound($"No schedule found with id '{scheduleId}'");
        }

        var errors = new List<ApiErrorDetail>();
        var from = Time(query["entry_window_start"].ToString(), "entry_window_start", errors) ?? clock.GetUtcNow();
        var to = Time(query["entry_window_end"].ToString(), "entry_window_end", errors) ?? from + DefaultWindow;
        if (errors.Count == 0 && to <= from)
        {
            errors.Add(new ApiErrorDetail("invalid_value", "entry_window_end must be after entry_window_start", "entry_window_end"));
        }

        if (errors.Count > 0)
        {
            return ApiError.Validation(errors);
        }

        var entries = new ScheduleRota(schedule, state.Catalog).Entries(from, to, EntriesPerPage + 1);
        var page = entries.Take(EntriesPerPage).ToList();
        var body = new JsonObject
        {
            ["schedule_entries"] = new JsonObject
            {
                ["scheduled"] = new JsonArray(page.Select(e => (JsonNode?)e.DeepClone()).ToArray()),
                ["overrides"] = new JsonArray(),
                ["final"] = new JsonArray(page.ToArray<JsonNode?>()),
            },
        };
        if (entries.Count > EntriesPerPage)
        {
            var cursor = (string)page[^1]["end_at"]!;
            body["pagination_meta"] = new JsonObject
            {
                ["after"] = cursor,
                ["after_url"] = $"{context.Request.Scheme}://{context.Request.Host}/v2/schedule_entries?schedule_id={Uri.EscapeDataString(scheduleId)}"
                    + $"&entry_window_start={Uri.EscapeDataString(cursor)}&entry_window_end={Uri.EscapeDataString(SimulatorJson.Timestamp(to))}",
            };
        }

        return new JsonResult(body);
    }

    private static JsonObject Render(JsonObject seed, SimulatorState state, DateTimeOffset now, bool withNext)
    {
        var schedule = seed.DeepClone().AsObject();
        schedule.Remove("rotation");
        schedule["permalink"] = $"{state.Catalog.DashboardUrl}/on-call/schedules/{(string)seed["id"]!}";
        var shifts = new ScheduleRota(seed, state.Catalog).Entries(now, now.AddSeconds(1), 2);
        schedule["current_shifts"] = new JsonArray(shifts.Take(1).ToArray<JsonNode?>());
        var next = withNext ? new ScheduleRota(seed, state.Catalog).Entries(DateTimeOffset.Parse((string)shifts[0]["end_at"]!, CultureInfo.InvariantCulture), DateTimeOffset.MaxValue, 1) : [];
        schedule["next_shifts"] = new JsonArray(next.ToArray<JsonNode?>());
        return schedule;
    }

    private static DateTimeOffset? Time(string text, string field, List<ApiErrorDetail> errors)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        errors.Add(new ApiErrorDetail("invalid_value", $"{field} must be an RFC 3339 date-time", field));
        return null;
    }
}
