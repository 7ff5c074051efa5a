namespace Benchmarks.Harness;

/// <summary>One line of the bench table: what was compared, the ratio (median and spread over rounds), the goal.</summary>
/// <param name="Id">P1…P5 plus a suffix, e.g. "P1 p50".</param>
/// <param name="Measure">What the ratio divides, e.g. "pipeline / raw HttpClient".</param>
/// <param name="Value">Median and min–max over rounds; null when the row is pending.</param>
/// <param name="Unit">"×" for ratios, "µs" for absolute values.</param>
/// <param name="Goal">The goal, as text.</param>
/// <param name="Met">Whether the median meets the goal; null when there is no goal to judge.</param>
/// <param name="Context">Absolute numbers behind the ratio, for context only.</param>
internal sealed record ResultRow(string Id, string Measure, Spread? Value, string Unit, string Goal, bool? Met, string Context)
{
    public static ResultRow Pending(string id, string measure, string goal, string why) => new(id, measure, null, "", goal, null, why);
}
