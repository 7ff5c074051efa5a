using Benchmarks.Harness;

namespace Benchmarks.Scenarios;

/// <summary>
/// P2: 32 concurrent get_incident calls through the host vs 32 concurrent raw GETs, on the machine's cores.
/// Each round runs the three sides (host with full output validation, the default; raw; host with output validation
/// first), the order rotating per round, and gives one throughput ratio per host side against that round's raw side.
/// </summary>
internal static class ThroughputScenario
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(15);

    public static async Task<IReadOnlyList<ResultRow>> RunAsync(GetIncidentCalls calls, BenchSettings settings, CancellationToken cancellationToken)
    {
        Func<CancellationToken, Task>[] sides = [calls.PipelineAsync, calls.RawAsync, calls.PipelineFirstAsync];
        // Warm up by time, not by a few calls: at 32-way concurrency on 2 cores the tiered JIT (tier 0 → instrumented →
        // tier 1) competes with the workload, and the host's far larger code path takes seconds to settle. Five calls per
        // worker left `--only P2` measuring the JIT: host 1344 calls/s there vs ~3700 in a full run after P1.
        var warmUntil = DateTime.UtcNow + (settings == BenchSettings.Quick ? TimeSpan.FromSeconds(1) : WarmUp);
        while (DateTime.UtcNow < warmUntil)
        {
            foreach (var side in sides)
            {
                await MeasureAsync(side, 10, cancellationToken);
            }
        }

        List<double> ratios = [], firstRatios = [], host = [], raw = [], hostFirst = [];
        for (var round = 0; round < settings.Rounds; round++)
        {
            var perSecond = new double[sides.Length];
            for (var i = 0; i < sides.Length; i++)
            {
                var side = (round + i) % sides.Length;
                perSecond[side] = await MeasureAsync(sides[side], settings.ThroughputCalls, cancellationToken);
            }

            host.Add(perSecond[0]);
            raw.Add(perSecond[1]);
            hostFirst.Add(perSecond[2]);
            ratios.Add(host[^1] / raw[^1]);
            firstRatios.Add(hostFirst[^1] / raw[^1]);
        }

        var ratio = Stats.SpreadOf(ratios);
        var firstRatio = Stats.SpreadOf(firstRatios);
        var context = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"host {Stats.Median(host):0} calls/s, raw {Stats.Median(raw):0} calls/s ({BenchSettings.Concurrency}×{settings.ThroughputCalls} calls per side per round, {Environment.ProcessorCount} cores)");
        return
        [
            new ResultRow("P2", $"throughput, {BenchSettings.Concurrency} concurrent: host / raw HttpClient", ratio, "×", "≥ 0.80×", ratio.Median >= 0.80, context),
            new ResultRow("P2 first", "same, host with --output-validation first (same raw rounds)", firstRatio, "×", "≥ 0.80×", firstRatio.Median >= 0.80,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"host {Stats.Median(hostFirst):0} calls/s")),
        ];
    }

    /// <summary>Calls per second with <see cref="BenchSettings.Concurrency"/> workers making <paramref name="callsPerWorker"/> calls each.</summary>
    private static async Task<double> MeasureAsync(Func<CancellationToken, Task> call, int callsPerWorker, CancellationToken cancellationToken)
    {
        var elapsed = await Timing.MicrosecondsAsync(() => Task.WhenAll(Enumerable.Range(0, BenchSettings.Concurrency).Select(async _ =>
        {
            await Task.Yield();
            for (var i = 0; i < callsPerWorker; i++)
            {
                await call(cancellationToken);
            }
        })));
        return BenchSettings.Concurrency * callsPerWorker / (elapsed / 1_000_000);
    }
}
