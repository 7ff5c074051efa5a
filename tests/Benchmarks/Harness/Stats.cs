namespace Benchmarks.Harness;

/// <summary>Percentiles and medians over samples (nearest-rank on a sorted copy).</summary>
internal static class Stats
{
    public static double Percentile(IReadOnlyCollection<double> samples, double percentile)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static double Median(IReadOnlyCollection<double> samples) => Percentile(samples, 50);

    /// <summary>Median and min–max of per-round values.</summary>
    public static Spread SpreadOf(IReadOnlyCollection<double> rounds) => new(Median(rounds), rounds.Min(), rounds.Max());
}
