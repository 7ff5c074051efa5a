using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Seed;
using IncidentIo.Simulator.State;

namespace IncidentIo.Simulator.Listing;

/// <summary>
/// The list endpoint's deepObject filters as predicates: status, status_category, severity (gte/lte by rank),
/// incident_type, mode, created_at/updated_at, custom_field and incident_role. Bad operators or values are 422s.
/// </summary>
internal static class IncidentFilters
{
    private static readonly string[] Categories = ["triage", "declined", "merged", "canceled", "live", "learning", "closed", "paused"];
    private static readonly string[] Membership = ["one_of", "not_in"];

    public static Func<IncidentRecord, bool>? Build(BracketParam param, SeedCatalog catalog, List<ApiErrorDetail> errors)
    {
        var check = new FilterValues(param, errors);
        switch (param.Name)
        {
            case "status" when check.Operator(Membership) && check.Ids(catalog, "incident_statuses"):
                return In(param, r => r.StatusId);
            case "status_category" when check.Operator(Membership) && check.OneOf(Categories):
                return In(param, r => (string?)catalog.Find("incident_statuses", r.StatusId)!["category"]);
            case "severity" when check.Operator(["one_of", "not_in", "gte", "lte"]) && check.Ids(catalog, "severities"):
                return param.Operator is "gte" or "lte" ? ByRank(param, catalog) : In(param, r => r.SeverityId);
            case "incident_type" when check.Operator(Membership) && check.Ids(catalog, "incident_types"):
                return In(param, r => r.TypeId);
            case "created_at" or "updated_at" when check.Operator(["gte", "lte", "date_range"]):
                return DateFilter.Build(param, errors);
            case "custom_field" when check.Operator(Membership) && check.Subject(catalog, "custom_fields"):
                return In(param, r => r.CustomFieldEntries.TryGetValue(param.Subject!, out var entry)
                    ? entry["values"]!.AsArray().Select(v => (string?)v?["value_option"]?["id"])
                    : []);
            case "incident_role" when check.Operator(["one_of", "is_set", "is_blank"]) && check.Subject(catalog, "incident_roles"):
                return ByRole(param);
            case "status" or "status_category" or "severity" or "incident_type" or "created_at" or "updated_at" or "custom_field" or "incident_role":
                // A known filter whose operator or values were rejected above (the error is already recorded).
                return null;
            default:
                errors.Add(new ApiErrorDetail("invalid_value", $"Unknown filter '{param.Name}'", param.Key));
                return null;
        }
    }

    private static Func<IncidentRecord, bool> In(BracketParam param, Func<IncidentRecord, string?> value) =>
        In(param, r => value(r) is { } v ? [v] : []);

    private static Func<IncidentRecord, bool> In(BracketParam param, Func<IncidentRecord, IEnumerable<string?>> values)
    {
        var wanted = param.Values.ToHashSet(StringComparer.Ordinal);
        return param.Operator == "one_of"
            ? r => values(r).Any(v => v is not null && wanted.Contains(v))
            : r => !values(r).Any(v => v is not null && wanted.Contains(v));
    }

    private static Func<IncidentRecord, bool> ByRank(BracketParam param, SeedCatalog catalog)
    {
        var bound = (long)catalog.Find("severities", param.Values[0])!["rank"]!;
        return r => catalog.Find("severities", r.SeverityId)?["rank"] is { } rank
            && (param.Operator == "gte" ? (long)rank >= bound : (long)rank <= bound);
    }

    private static Func<IncidentRecord, bool> ByRole(BracketParam param)
    {
        string? Assignee(IncidentRecord r) =>
            r.RoleAssignments.TryGetValue(param.Subject!, out var a) ? (string?)a["assignee"]?["id"] : null;
        var flag = param.Values.Count > 0 && bool.TryParse(param.Values[0], out var parsed) && parsed;
        return param.Operator switch
        {
            "is_set" => r => (Assignee(r) is not null) == flag,
            "is_blank" => r => (Assignee(r) is null) == flag,
            _ => In(param, Assignee),
        };
    }
}
