using Benchmarks.Harness;

namespace Benchmarks.Scenarios;

/// <summary>
/// P1: one get_incident through the whole host vs the raw GET, sequential. Calls alternate (host, raw, host with
/// output validation first, …) so drift hits every side alike; each round gives a p50 and a p99 ratio per host side,
/// both against the same raw calls. The headline rows are the default, full output validation.
/// </summary>
internal static class LatencyScenario
{
    public static async Task<IReadOnlyList<ResultRow>> RunAsync(GetIncidentCalls calls, BenchSettings settings, CancellationToken cancellationToken)
    {
        await calls.WarmUpAsync(300, cancellationToken);
        var full = new Side();
        var first = new Side();
        var rawP50 = new List<double>();
        var rawP99 = new List<double>();
        for (var round = 0; round < settings.Rounds; round++)
        {
            var host = new List<double>(settings.LatencyCalls);
            var hostFirst = new List<double>(settings.LatencyCalls);
            var raw = new List<double>(settings.LatencyCalls);
            for (var i = 0; i < settings.LatencyCalls; i++)
            {
                host.Add(await Timing.MicrosecondsAsync(() => calls.PipelineAsync(cancellationToken)));
                raw.Add(await Timing.MicrosecondsAsync(() => calls.RawAsync(cancellationToken)));
                hostFirst.Add(await Timing.MicrosecondsAsync(() => calls.PipelineFirstAsync(cancellationToken)));
            }

            rawP50.Add(Stats.Percentile(raw, 50));
            rawP99.Add(Stats.Percentile(raw, 99));
            full.Add(host, rawP50[^1], rawP99[^1]);
            first.Add(hostFirst, rawP50[^1], rawP99[^1]);
        }

        var p50 = Stats.SpreadOf(full.P50Ratios);
        var p99 = Stats.SpreadOf(full.P99Ratios);
        var p50First = Stats.SpreadOf(first.P50Ratios);
        var p99First = Stats.SpreadOf(first.P99Ratios);
        return
        [
            new ResultRow("P1 p50", "get_incident via host / raw HttpClient GET, sequential", p50, "×", "≤ 1.10×", p50.Median <= 1.10,
                $"host {Timing.Us(Stats.Median(full.P50))}, raw {Timing.Us(Stats.Median(rawP50))} ({settings.Rounds}×{settings.LatencyCalls} calls each)"),
            new ResultRow("P1 p99", "same, 99th percentile", p99, "×", "≤ 1.10×", p99.Median <= 1.10,
                $"host {Timing.Us(Stats.Median(full.P99))}, raw {Timing.Us(Stats.Median(rawP99))}"),
            new ResultRow("P1 p50 first", "same p50, host with --output-validation first (same raw calls)", p50First, "×", "≤ 1.10×", p50First.Median <= 1.10,
                $"host {Timing.Us(Stats.Median(first.P50))}"),
            new ResultRow("P1 p99 first", "same p99, host with --output-validation first", p99First, "×", "≤ 1.10×", p99First.Median <= 1.10,
                $"host {Timing.Us(Stats.Median(first.P99))}"),
        ];
    }

    /// <summary>One host side's per-round percentiles and their ratios to the raw side of the same round.</summary>
    private sealed class Side
    {
        public List<double> P50 { get; } = [];

        public List<double> P99 { get; } = [];

        public List<double> P50Ratios { get; } = [];

        public List<double> P99Ratios { get; } = [];

        public void Add(List<double> samples, double rawP50, double rawP99)
        {
            P50.Add(Stats.Percentile(samples, 50));
            P99.Add(Stats.Percentile(samples, 99));
            P50Ratios.Add(P50[^1] / rawP50);
            P99Ratios.Add(P99[^1] / rawP99);
        }
    }
}
