using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Benchmarks.Harness;

namespace Benchmarks.Scenarios;

/// <summary>
/// P4: runs <see cref="OverheadBenchmarks"/> with BenchmarkDotNet (ShortRun, in process: no generated project,
/// which this repo's warnings-as-errors build would reject) and turns the medians into rows.
/// </summary>
internal static class OverheadScenario
{
    public static IReadOnlyList<ResultRow> Run(bool quick, string artifacts)
    {
        var job = (quick ? Job.Dry : Job.ShortRun).WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddLogger(ConsoleLogger.Default)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run<OverheadBenchmarks>(config);
        var byName = summary.Reports.Where(r => r.ResultStatistics is not null)
            .ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name, Micro);
        Spread? Get(string name) => byName.TryGetValue(name, out var spread) ? spread : null;

        var perAction = Get(nameof(OverheadBenchmarks.PerAction));
        var perActionFirst = Get(nameof(OverheadBenchmarks.PerActionFirst));
        var floors = (Get(nameof(OverheadBenchmarks.FloorSchemaValidation))?.Median ?? double.NaN) * 2
                     + (Get(nameof(OverheadBenchmarks.FloorScribanRender))?.Median ?? double.NaN);
        string Part(string name) => Get(name) is { } s ? string.Create(CultureInfo.InvariantCulture, $"{name} {s.Median:0.0} µs") : $"{name} n/a";
        var parts = string.Join(", ", new[]
        {
            nameof(OverheadBenchmarks.Render), nameof(OverheadBenchmarks.ValidateInput), nameof(OverheadBenchmarks.ValidateOutput),
            nameof(OverheadBenchmarks.FloorSchemaValidation), nameof(OverheadBenchmarks.FloorScribanRender),
        }.Select(Part));
        return
        [
            new ResultRow("P4", "per-action host work (render + coerce + validate in + hand-over + validate out)", perAction, "µs", "≤ 25 µs",
                perAction is { } p ? p.Median <= 25 : null, parts),
            new ResultRow("P4 first", "same, with --output-validation first once an output has passed (no output validation)", perActionFirst, "µs", "≤ 25 µs",
                perActionFirst is { } f ? f.Median <= 25 : null, "the output check is one dictionary lookup"),
            new ResultRow("P4 / floor", "same / library floors (2 validations + 1 render)", perAction is { } q ? Scale(q, 1 / floors) : null, "×", "–", null,
                string.Create(CultureInfo.InvariantCulture, $"floor {floors:0.0} µs")),
        ];
    }

    // BenchmarkDotNet's statistics are in ns; the spread is the fastest and slowest measured iteration.
    private static Spread Micro(BenchmarkReport report)
    {
        var statistics = report.ResultStatistics!;
        return new Spread(statistics.Median / 1000, statistics.Min / 1000, statistics.Max / 1000);
    }

    private static Spread Scale(Spread spread, double factor) => new(spread.Median * factor, spread.Min * factor, spread.Max * factor);
}
