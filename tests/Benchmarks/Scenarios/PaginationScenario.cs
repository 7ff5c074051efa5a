using System.Globalization;
using Benchmarks.Harness;
using Workflow.Hosting.Running;

namespace Benchmarks.Scenarios;

/// <summary>
/// P5: list_incidents auto-paginating over every simulated incident vs a raw paging loop: a time ratio per round,
/// then peak heap per result byte at a quarter of the incidents and at all of them — if the host's figure
/// does not rise with the count, memory grows only with the result itself. Each round also times the host with
/// <c>--output-validation first</c> (after the warm-up's pass, list_incidents' output is not validated) against the same raw loop.
/// </summary>
internal static class PaginationScenario
{
    private const string Measure = "list_incidents auto_paginate / raw paging loop, time";
    private const string MemoryMeasure = "peak heap Δ per result byte, host at N / host at N÷4";

    public static async Task<IReadOnlyList<ResultRow>> RunAsync(PaginationCalls calls, BenchSettings settings, CancellationToken cancellationToken)
    {
        if (!calls.Available)
        {
            const string Why = "pending: list_incidents not yet available";
            return [ResultRow.Pending("P5 time", Measure, "≤ 1.2×", Why), ResultRow.Pending("P5 memory", MemoryMeasure, "≤ 1.2× (no growth)", Why)];
        }

        var count = settings.Incidents;
        await calls.PipelineAsync(count, cancellationToken);
        await calls.PipelineAsync(count, cancellationToken, OutputValidationMode.First);
        await calls.RawAsync(count, cancellationToken);
        List<double> ratios = [], firstRatios = [], host = [], hostFirst = [], raw = [];
        for (var round = 0; round < settings.Rounds; round++)
        {
            host.Add(await Timing.MicrosecondsAsync(() => calls.PipelineAsync(count, cancellationToken)));
            raw.Add(await Timing.MicrosecondsAsync(() => calls.RawAsync(count, cancellationToken)));
            hostFirst.Add(await Timing.MicrosecondsAsync(() => calls.PipelineAsync(count, cancellationToken, OutputValidationMode.First)));
            ratios.Add(host[^1] / raw[^1]);
            firstRatios.Add(hostFirst[^1] / raw[^1]);
        }

        var time = Stats.SpreadOf(ratios);
        var timeFirst = Stats.SpreadOf(firstRatios);
        var quarter = count / 4;
        var hostSmall = await MemoryAsync(() => calls.PipelineAsync(quarter, cancellationToken));
        var hostFull = await MemoryAsync(() => calls.PipelineAsync(count, cancellationToken));
        var rawSmall = await MemoryAsync(() => calls.RawAsync(quarter, cancellationToken));
        var rawFull = await MemoryAsync(() => calls.RawAsync(count, cancellationToken));
        var growth = hostFull.PerResultByte / hostSmall.PerResultByte;
        return
        [
            new ResultRow("P5 time", Invariant($"{Measure}, {count:N0} incidents, page_size {PaginationCalls.PageSize}"), time, "×", "≤ 1.2×", time.Median <= 1.2,
                $"host {Timing.Ms(Stats.Median(host))}, raw {Timing.Ms(Stats.Median(raw))}"),
            new ResultRow("P5 time first", "same, host with --output-validation first (same raw rounds)", timeFirst, "×", "≤ 1.2×", timeFirst.Median <= 1.2,
                $"host {Timing.Ms(Stats.Median(hostFirst))}"),
            new ResultRow("P5 memory", MemoryMeasure, new Spread(growth, growth, growth), "×", "≤ 1.2× (no growth)", growth <= 1.2,
                Invariant($"host {hostSmall} at {quarter:N0}, {hostFull} at {count:N0}; raw {rawSmall} at {quarter:N0}, {rawFull} at {count:N0}")),
        ];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static async Task<MemoryUse> MemoryAsync(Func<Task<long>> work)
    {
        var sampler = HeapSampler.Start();
        long resultBytes;
        try
        {
            resultBytes = await work();
        }
        finally
        {
            sampler.Dispose();
        }

        return new MemoryUse(sampler.PeakAboveBaseline, resultBytes, GC.GetTotalAllocatedBytes(precise: true) - sampler.AllocatedAtStart);
    }

    private sealed record MemoryUse(long PeakBytes, long ResultBytes, long AllocatedBytes)
    {
        public double PerResultByte => (double)PeakBytes / ResultBytes;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"peak {PeakBytes / 1048576.0:0.0} MiB for {ResultBytes / 1048576.0:0.0} MiB of result ({PerResultByte:0.0}×), {AllocatedBytes / 1048576.0:0} MiB allocated");
    }
}
