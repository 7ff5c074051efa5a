using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Seed;

namespace IncidentIo.Simulator.Listing;

/// <summary>Checks a filter's operator, subject and values, adding a 422 detail (field = the bracket key) per problem.</summary>
internal sealed class FilterValues(BracketParam param, List<ApiErrorDetail> errors)
{
    public bool Operator(string[] allowed) =>
        Check(allowed.Contains(param.Operator) && param.Values.Count > 0,
            $"{param.Name} accepts the operators {string.Join(", ", allowed)}, each with at least one value");

    public bool OneOf(string[] allowed) =>
        Check(param.Values.All(allowed.Contains), $"{param.Name} values must be among: {string.Join(", ", allowed)}");

    public bool Ids(SeedCatalog catalog, string list)
    {
        var unknown = param.Values.Where(v => catalog.Find(list, v) is null).ToList();
        var single = param.Operator is not ("gte" or "lte") || param.Values.Count == 1;
        return Check(unknown.Count == 0, $"Unknown id(s) for {param.Name}: {string.Join(", ", unknown)}")
            && Check(single, $"{param.Key} takes exactly one value");
    }

    public bool Subject(SeedCatalog catalog, string list) =>
        Check(param.Subject is not null && catalog.Find(list, param.Subject) is not null,
            $"{param.Name} needs a known id in brackets, e.g. {param.Name}[ID][{param.Operator}]");

    private bool Check(bool ok, string message)
    {
        if (!ok)
        {
            errors.Add(new ApiErrorDetail("invalid_value", message, param.Key));
        }

        return ok;
    }
}
