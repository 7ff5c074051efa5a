using Benchmarks.Harness;

namespace Benchmarks.Scenarios;

/// <summary>
/// P2: 32 concurrent get_incident calls through the host vs 32 concurrent raw GETs, on the machine's cores.
/// Each round runs both sides (order alternating) and gives one throughput ratio.
/// </summary>
internal static class ThroughputScenario
{
    public static async Task<IReadOnlyList<ResultRow>> RunAsync(GetIncidentCalls calls, BenchSettings settings, CancellationToken cancellationToken)
    {
        await MeasureAsync(calls.PipelineAsync, 5, cancellationToken);
        await MeasureAsync(calls.RawAsync, 5, cancellationToken);
        List<double> ratios = [], host = [], raw = [];
        for (var round = 0; round < settings.Rounds; round++)
        {
            var hostFirst = round % 2 == 0;
            var first = await MeasureAsync(hostFirst ? calls.PipelineAsync : calls.RawAsync, settings.ThroughputCalls, cancellationToken);
            var second = await MeasureAsync(hostFirst ? calls.RawAsync : calls.PipelineAsync, settings.ThroughputCalls, cancellationToken);
            host.Add(hostFirst ? first : second);
            raw.Add(hostFirst ? second : first);
            ratios.Add(host[^1] / raw[^1]);
        }

        var ratio = Stats.SpreadOf(ratios);
        var context = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"host {Stats.Median(host):0} calls/s, raw {Stats.Median(raw):0} calls/s ({BenchSettings.Concurrency}×{settings.ThroughputCalls} calls per side per round, {Environment.ProcessorCount} cores)");
        return [new ResultRow("P2", $"throughput, {BenchSettings.Concurrency} concurrent: host / raw HttpClient", ratio, "×", "≥ 0.80×", ratio.Median >= 0.80, context)];
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
