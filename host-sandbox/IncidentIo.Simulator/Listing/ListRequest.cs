using System.Globalization;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Incidents;
using IncidentIo.Simulator.Seed;
using IncidentIo.Simulator.State;

namespace IncidentIo.Simulator.Listing;

/// <summary>The query of <c>GET /v2/incidents</c>: page_size (default 25, max 250), after, sort_by, filter_mode, filters.</summary>
internal sealed class ListRequest
{
    public const int MaxPageSize = 250;
    private static readonly string[] FilterNames = ["status", "status_category", "severity", "incident_type", "mode", "created_at", "updated_at", "custom_field", "incident_role"];

    public int PageSize { get; private init; } = 25;

    public string? After { get; private init; }

    public bool NewestFirst { get; private init; } = true;

    private bool MatchAny { get; init; }

    private HashSet<string> Modes { get; init; } = new HashSet<string> { "standard", "retrospective" };

    private List<Func<IncidentRecord, bool>> Filters { get; } = [];

    /// <summary>Mode always narrows (it is a default, not a user filter); filter_mode combines the rest.</summary>
    public bool Matches(IncidentRecord incident) =>
        Modes.Contains(incident.Mode)
        && (Filters.Count == 0 || (MatchAny ? Filters.Any(f => f(incident)) : Filters.All(f => f(incident))));

    public static ListRequest Parse(IQueryCollection query, SeedCatalog catalog, List<ApiErrorDetail> errors)
    {
        foreach (var name in FilterNames.Where(query.ContainsKey))
        {
            errors.Add(new ApiErrorDetail("invalid_value", $"{name} must use bracket notation, e.g. {name}[one_of]=VALUE", name));
        }

        var brackets = BracketParam.FromQuery(query);
        var request = new ListRequest
        {
            PageSize = PageSizeOf(query["page_size"].ToString(), errors),
            After = query["after"].ToString() is { Length: > 0 } after ? after : null,
            NewestFirst = Choice(query, "sort_by", ["created_at_newest_first", "created_at_oldest_first"], errors) != "created_at_oldest_first",
            MatchAny = Choice(query, "filter_mode", ["all", "any"], errors) == "any",
            Modes = ModesOf(brackets.FirstOrDefault(p => p.Name == "mode"), errors) ?? new HashSet<string> { "standard", "retrospective" },
        };
        foreach (var param in brackets.Where(p => p.Name != "mode"))
        {
            if (IncidentFilters.Build(param, catalog, errors) is { } filter)
            {
                request.Filters.Add(filter);
            }
        }

        return request;
    }

    private static int PageSizeOf(string text, List<ApiErrorDetail> errors)
    {
        if (text.Length == 0)
        {
            return 25;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= MaxPageSize)
        {
            return size;
        }

        errors.Add(new ApiErrorDetail("invalid_value", $"page_size must be an integer from 1 to {MaxPageSize}", "page_size"));
        return 25;
    }

    private static string? Choice(IQueryCollection query, string name, string[] allowed, List<ApiErrorDetail> errors)
    {
        var value = query[name].ToString();
        if (value.Length == 0 || allowed.Contains(value))
        {
            return value;
        }

        errors.Add(new ApiErrorDetail("invalid_value", $"{name} must be one of: {string.Join(", ", allowed)}", name));
        return null;
    }

    private static HashSet<string>? ModesOf(BracketParam? mode, List<ApiErrorDetail> errors)
    {
        if (mode is null)
        {
            return null;
        }

        var check = new FilterValues(mode, errors);
        return check.Operator(["one_of"]) && check.OneOf(CreateIncidentEndpoint.Modes) ? mode.Values.ToHashSet(StringComparer.Ordinal) : null;
    }
}
