using System.Diagnostics;
using System.Globalization;
using Benchmarks.Harness;

namespace Benchmarks.Scenarios;

/// <summary>
/// P2 and P2h at <see cref="BenchSettings.Concurrency"/> concurrent calls on the machine's cores. P2: the plugin alone
/// vs the raw GET + same model (calls/s, CPU µs and KB allocated per call). P2h: the whole sandbox pipeline (template,
/// input validation, plugin, output validation <c>full</c> and <c>first</c>) vs the same raw side. Each round runs every
/// side, the order rotating, and gives one ratio per side against that round's raw side.
/// </summary>
internal static class ThroughputScenario
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(15);

    public static async Task<IReadOnlyList<ResultRow>> RunAsync(GetIncidentCalls calls, BenchSettings settings, CancellationToken cancellationToken)
    {
        Func<CancellationToken, Task>[] sides = [calls.PluginAsync, calls.RawAsync, calls.PipelineAsync, calls.PipelineFirstAsync];
        // Warm up by time, not by a few calls: at 32-way concurrency on 2 cores the tiered JIT (tier 0 → instrumented →
        // tier 1) competes with the workload, and the host's far larger code path takes seconds to settle.
        var warmUntil = DateTime.UtcNow + (settings == BenchSettings.Quick ? TimeSpan.FromSeconds(1) : WarmUp);
        while (DateTime.UtcNow < warmUntil)
        {
            foreach (var side in sides)
            {
                await MeasureAsync(side, 10, cancellationToken);
            }
        }

        var results = sides.Select(_ => new List<Measurement>()).ToArray();
        for (var round = 0; round < settings.Rounds; round++)
        {
            for (var i = 0; i < sides.Length; i++)
            {
                var side = (round + i) % sides.Length;
                results[side].Add(await MeasureAsync(sides[side], settings.ThroughputCalls, cancellationToken));
            }
        }

        var (plugin, raw, full, first) = (results[0], results[1], results[2], results[3]);
        var pluginRatio = Ratio(plugin, raw);
        var fullRatio = Ratio(full, raw);
        var firstRatio = Ratio(first, raw);
        return
        [
            new ResultRow("P2", $"throughput, {BenchSettings.Concurrency} concurrent: plugin / raw HttpClient GET + same model", pluginRatio, "×", "≥ 0.80×",
                pluginRatio.Median >= 0.80, $"{Describe("plugin", plugin)}; {Describe("raw", raw)} ({BenchSettings.Concurrency}×{settings.ThroughputCalls} calls per side per round, {Environment.ProcessorCount} cores; CPU and KB include the in-process simulator's share, the same on every side)"),
            new ResultRow("P2h first", "same, whole sandbox pipeline with --output-validation first / raw", firstRatio, "×", "≥ 0.50×", firstRatio.Median >= 0.50,
                Describe("pipeline first", first)),
            new ResultRow("P2h full", "same, whole sandbox pipeline with --output-validation full (the default) / raw", fullRatio, "×", "reported", null,
                Describe("pipeline full", full)),
        ];
    }

    private static Spread Ratio(List<Measurement> side, List<Measurement> raw) =>
        Stats.SpreadOf([.. side.Zip(raw, (s, r) => s.CallsPerSecond / r.CallsPerSecond)]);

    private static string Describe(string name, List<Measurement> side) => string.Create(CultureInfo.InvariantCulture,
        $"{name} {Stats.Median([.. side.Select(m => m.CallsPerSecond)]):0} calls/s, {Stats.Median([.. side.Select(m => m.CpuMicrosecondsPerCall)]):0} CPU µs/call, {Stats.Median([.. side.Select(m => m.KilobytesPerCall)]):0.0} KB/call");

    /// <summary>One side of one round, with <see cref="BenchSettings.Concurrency"/> workers making <paramref name="callsPerWorker"/> calls each.</summary>
    private static async Task<Measurement> MeasureAsync(Func<CancellationToken, Task> call, int callsPerWorker, CancellationToken cancellationToken)
    {
        var calls = BenchSettings.Concurrency * callsPerWorker;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var bytesBefore = GC.GetTotalAllocatedBytes(precise: false);
        var elapsed = await Timing.MicrosecondsAsync(() => Task.WhenAll(Enumerable.Range(0, BenchSettings.Concurrency).Select(async _ =>
        {
            await Task.Yield();
            for (var i = 0; i < callsPerWorker; i++)
            {
                await call(cancellationToken);
            }
        })));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var bytes = GC.GetTotalAllocatedBytes(precise: false) - bytesBefore;
        return new Measurement(calls / (elapsed / 1_000_000), cpu.TotalMicroseconds / calls, bytes / 1024.0 / calls);
    }

    private sealed record Measurement(double CallsPerSecond, double CpuMicrosecondsPerCall, double KilobytesPerCall);
}
