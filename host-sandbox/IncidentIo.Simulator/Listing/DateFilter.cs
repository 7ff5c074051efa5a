using System.Globalization;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.State;

namespace IncidentIo.Simulator.Listing;

/// <summary>
/// created_at / updated_at filters with dates like 2024-05-01 (UTC days): gte from the start of the day, lte to its
/// end, date_range "YYYY-MM-DD~YYYY-MM-DD" inclusive at both ends.
/// </summary>
internal static class DateFilter
{
    public static Func<IncidentRecord, bool>? Build(BracketParam param, List<ApiErrorDetail> errors)
    {
        var value = param.Values[0];
        var parts = param.Operator == "date_range" ? value.Split('~') : [value];
        var days = parts.Select(Parse).ToList();
        if (days.Any(d => d is null) || (param.Operator == "date_range" && days.Count != 2))
        {
            var format = param.Operator == "date_range" ? "YYYY-MM-DD~YYYY-MM-DD" : "YYYY-MM-DD";
            errors.Add(new ApiErrorDetail("invalid_value", $"'{value}' is not a date in the form {format}", param.Key));
            return null;
        }

        var (from, to) = param.Operator switch
        {
            "gte" => (days[0]!.Value, DateTimeOffset.MaxValue),
            "lte" => (DateTimeOffset.MinValue, days[0]!.Value.AddDays(1)),
            _ => (days[0]!.Value, days[1]!.Value.AddDays(1)),
        };
        Func<IncidentRecord, DateTimeOffset> field = param.Name == "created_at" ? r => r.CreatedAt : r => r.UpdatedAt;
        return r => field(r) >= from && field(r) < to;
    }

    private static DateTimeOffset? Parse(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;
}
