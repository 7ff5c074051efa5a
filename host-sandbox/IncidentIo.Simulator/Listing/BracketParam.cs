using System.Text.RegularExpressions;

namespace IncidentIo.Simulator.Listing;

/// <summary>
/// One deepObject query parameter: <c>status_category[one_of]=live</c> is (status_category, null, one_of) and
/// <c>custom_field[FIELD][one_of]=OPT</c> is (custom_field, FIELD, one_of). Repeated keys collect their values.
/// </summary>
internal sealed partial record BracketParam(string Name, string? Subject, string Operator, IReadOnlyList<string> Values)
{
    /// <summary>The key as written, for error fields.</summary>
    public string Key => Subject is null ? $"{Name}[{Operator}]" : $"{Name}[{Subject}][{Operator}]";

    /// <summary>The bracket parameters of a query (keys arrive URL-decoded, so %5B/%5D work); plain keys are skipped.</summary>
    public static IReadOnlyList<BracketParam> FromQuery(IQueryCollection query) =>
        query.Select(pair => (Match: KeyPattern().Match(pair.Key), pair.Value))
            .Where(p => p.Match.Success)
            .Select(p => new BracketParam(
                p.Match.Groups["name"].Value,
                p.Match.Groups["subject"].Success ? p.Match.Groups["subject"].Value : null,
                p.Match.Groups["op"].Value,
                p.Value.Where(v => v is not null).Select(v => v!).ToList()))
            .ToList();

    [GeneratedRegex(@"^(?<name>[a-z_]+)(?:\[(?<subject>[^\[\]]+)\])?\[(?<op>[^\[\]]+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
