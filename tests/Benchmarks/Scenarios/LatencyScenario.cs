using Benchmarks.Harness;

namespace Benchmarks.Scenarios;

/// <summary>
/// P1: one get_incident through the whole host vs the raw GET, sequential. Calls alternate (host, raw, host, …)
/// so drift hits both sides alike; each round gives a p50 and a p99 ratio.
/// </summary>
internal static class LatencyScenario
{
    public static async Task<IReadOnlyList<ResultRow>> RunAsync(GetIncidentCalls calls, BenchSettings settings, CancellationToken cancellationToken)
    {
        await calls.WarmUpAsync(300, cancellationToken);
        List<double> p50Ratios = [], p99Ratios = [], hostP50 = [], rawP50 = [], hostP99 = [], rawP99 = [];
        for (var round = 0; round < settings.Rounds; round++)
        {
            var host = new List<double>(settings.LatencyCalls);
            var raw = new List<double>(settings.LatencyCalls);
            for (var i = 0; i < settings.LatencyCalls; i++)
            {
                host.Add(await Timing.MicrosecondsAsync(() => calls.PipelineAsync(cancellationToken)));
                raw.Add(await Timing.MicrosecondsAsync(() => calls.RawAsync(cancellationToken)));
            }

            hostP50.Add(Stats.Percentile(host, 50));
            rawP50.Add(Stats.Percentile(raw, 50));
            hostP99.Add(Stats.Percentile(host, 99));
            rawP99.Add(Stats.Percentile(raw, 99));
            p50Ratios.Add(hostP50[^1] / rawP50[^1]);
            p99Ratios.Add(hostP99[^1] / rawP99[^1]);
        }

        var p50 = Stats.SpreadOf(p50Ratios);
        var p99 = Stats.SpreadOf(p99Ratios);
        return
        [
            new ResultRow("P1 p50", "get_incident via host / raw HttpClient GET, sequential", p50, "×", "≤ 1.10×", p50.Median <= 1.10,
                $"host {Timing.Us(Stats.Median(hostP50))}, raw {Timing.Us(Stats.Median(rawP50))} ({settings.Rounds}×{settings.LatencyCalls} calls each)"),
            new ResultRow("P1 p99", "same, 99th percentile", p99, "×", "≤ 1.10×", p99.Median <= 1.10,
                $"host {Timing.Us(Stats.Median(hostP99))}, raw {Timing.Us(Stats.Median(rawP99))}"),
        ];
    }
}
