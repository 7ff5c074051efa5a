using System.Globalization;
using Benchmarks.Harness;
using Benchmarks.Scenarios;

namespace Benchmarks.HotPath;

/// <summary>
/// `Benchmarks hotpath --a DIR [--b DIR] [--rounds N] [--calls N] [--incidents N] [--what get,list,host]`: an A/B of
/// two plugin builds (two plugins folders, each in its own load context) in one process, interleaved with the raw
/// baseline: get_incident called on the plugin alone (µs and bytes allocated per call), list_incidents auto-paginating
/// on the plugin alone, and the same through the host (P5's host side). Bytes allocated are process-wide, so they
/// include the in-process simulator's share; the raw side pays that share too.
/// </summary>
internal static class HotPathAb
{
    private const int PageSize = PaginationCalls.PageSize;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var a = Option(args, "--a") ?? throw new ArgumentException("--a DIR (the baseline plugins folder) is required");
        var b = Option(args, "--b") ?? BenchPaths.Plugins;
        var rounds = int.Parse(Option(args, "--rounds") ?? "5", CultureInfo.InvariantCulture);
        var calls = int.Parse(Option(args, "--calls") ?? "1000", CultureInfo.InvariantCulture);
        var incidents = int.Parse(Option(args, "--incidents") ?? "10000", CultureInfo.InvariantCulture);
        var what = (Option(args, "--what") ?? "get,list,host").Split(',');

        await using var simulator = await SimulatorHost.StartAsync(cancellationToken);
        var needed = what.Any(w => w is "list" or "host" or "listtypes") ? incidents : 1;
        var incidentId = await simulator.SeedIncidentsAsync(needed, cancellationToken);
        var sides = new[] { new PluginSide("A", a, simulator.BaseUrl, incidentId), new PluginSide("B", b, simulator.BaseUrl, incidentId) };
        using var pipeline = new SandboxPipeline(simulator.BaseUrl, SimulatorHost.ApiKey, b);
        var raw = new GetIncidentCalls(simulator, pipeline, incidentId);
        Console.WriteLine($"A = {a}\nB = {b}\nload: {File.ReadAllText("/proc/loadavg").Trim()}");

        if (what.Contains("get"))
        {
            using var restSharp = new RestSharpFloor(simulator.BaseUrl, SimulatorHost.ApiKey, incidentId, raw.ReadModel);
            var runs = new Func<Task>[]
            {
                () => sides[0].GetAsync(cancellationToken), () => sides[1].GetAsync(cancellationToken), () => raw.RawAsync(cancellationToken),
                () => restSharp.GetAsync(cancellationToken), () => restSharp.GetStreamedAsync(cancellationToken),
            };
            await InterleavedAsync(
                "get_incident, plugin alone (µs/call, KB allocated/call)", ["A", "B", "raw", "RestSharp alone", "RestSharp streamed"], runs, rounds, calls, perCall: true);
        }

        if (what.Contains("loop"))
        {
            // For a profiler: side B's get_incident only.
            for (var i = 0; i < calls; i++)
            {
                await sides[1].GetAsync(cancellationToken);
            }
        }

        if (what.Contains("types"))
        {
            await TypesAsync("get_incident B", () => sides[1].GetAsync(cancellationToken), calls * 5);
            await TypesAsync("get_incident raw", () => raw.RawAsync(cancellationToken), calls * 5);
        }

        if (what.Contains("listtypes"))
        {
            await TypesAsync("list_incidents B", () => sides[1].ListAsync(incidents, PageSize, cancellationToken), rounds);
        }

        if (what.Contains("list"))
        {
            var pagination = new PaginationCalls(simulator, null!);
            var runs = new Func<Task>[]
            {
                () => sides[0].ListAsync(incidents, PageSize, cancellationToken), () => sides[1].ListAsync(incidents, PageSize, cancellationToken),
                () => pagination.RawAsync(incidents, cancellationToken),
            };
            await InterleavedAsync($"list_incidents auto_paginate {incidents:N0}, plugin alone (ms, MB allocated, MB peak)", ["A", "B", "raw"], runs, rounds, 1, perCall: false);
        }

        if (what.Contains("host"))
        {
            using var hostA = new SandboxPipeline(simulator.BaseUrl, SimulatorHost.ApiKey, a);
            using var hostB = new SandboxPipeline(simulator.BaseUrl, SimulatorHost.ApiKey, b);
            var (pa, pb, pr) = (new PaginationCalls(simulator, hostA), new PaginationCalls(simulator, hostB), new PaginationCalls(simulator, hostA));
            var runs = new Func<Task>[]
            {
                () => pa.PipelineAsync(incidents, cancellationToken), () => pb.PipelineAsync(incidents, cancellationToken), () => pr.RawAsync(incidents, cancellationToken),
            };
            await InterleavedAsync($"P5 host list_incidents auto_paginate {incidents:N0} (ms, MB allocated, MB peak)", ["A", "B", "raw"], runs, rounds, 1, perCall: false);
        }

        return 0;
    }

    private static async Task TypesAsync(string title, Func<Task> run, int calls)
    {
        await run();
        long total;
        using var listener = new AllocationTypes();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < calls; i++)
        {
            await run();
        }

        total = GC.GetTotalAllocatedBytes(precise: true) - before;
        Console.WriteLine(Invariant($"\n== allocation types, {title}: {total / (double)calls / 1024:0.0} KB/call"));
        foreach (var (type, bytes) in listener.Top(30))
        {
            Console.WriteLine(Invariant($"{bytes * 100.0 / total,5:0.0}%  {type}"));
        }
    }

    // Per round, every side runs `calls` times; the order rotates per call so drift and GC debt hit all sides alike.
    private static async Task InterleavedAsync(string title, string[] names, Func<Task>[] runs, int rounds, int calls, bool perCall)
    {
        Console.WriteLine($"\n== {title}");
        for (var w = 0; w < (perCall ? 200 : 1); w++)
        {
            foreach (var run in runs)
            {
                await run();
            }
        }

        var medians = names.Select(_ => new List<double>()).ToArray();
        var allocs = names.Select(_ => new List<double>()).ToArray();
        var peaks = names.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            var times = names.Select(_ => new List<double>(calls)).ToArray();
            var bytes = new long[names.Length];
            for (var i = 0; i < calls; i++)
            {
                for (var k = 0; k < runs.Length; k++)
                {
                    var side = (k + i + round) % runs.Length;
                    if (perCall)
                    {
                        var before = GC.GetTotalAllocatedBytes(precise: true);
                        times[side].Add(await Timing.MicrosecondsAsync(runs[side]));
                        bytes[side] += GC.GetTotalAllocatedBytes(precise: true) - before;
                    }
                    else
                    {
                        var sampler = HeapSampler.Start();
                        try
                        {
                            times[side].Add(await Timing.MicrosecondsAsync(runs[side]) / 1000);
                        }
                        finally
                        {
                            sampler.Dispose();
                        }

                        bytes[side] += GC.GetTotalAllocatedBytes(precise: true) - sampler.AllocatedAtStart;
                        peaks[side].Add(sampler.PeakAboveBaseline / 1048576.0);
                    }
                }
            }

            for (var k = 0; k < names.Length; k++)
            {
                medians[k].Add(Stats.Median(times[k]));
                allocs[k].Add(bytes[k] / (double)calls / (perCall ? 1024.0 : 1048576.0));
            }

            Console.WriteLine($"round {round + 1}: " + string.Join("  ", names.Select((n, k) =>
                Invariant($"{n} {medians[k][^1]:0.0} ({allocs[k][^1]:0.0}{(perCall ? " KB" : " MB")}{(perCall ? "" : Invariant($", peak {peaks[k][^1]:0} MB"))})"))));
        }

        foreach (var (name, k) in names.Select((n, k) => (n, k)))
        {
            var t = Stats.SpreadOf(medians[k]);
            var al = Stats.SpreadOf(allocs[k]);
            var peak = perCall ? "" : Invariant($", peak {Stats.Median(peaks[k]):0} MB ({peaks[k].Min():0}–{peaks[k].Max():0})");
            Console.WriteLine(Invariant($"{name}: median {t.Median:0.0} ({t.Min:0.0}–{t.Max:0.0}), alloc {al.Median:0.0} ({al.Min:0.0}–{al.Max:0.0}){peak}"));
        }

        var ratios = medians[1].Zip(medians[0], (x, y) => x / y).ToList();
        var vsRaw = medians[1].Zip(medians[2], (x, y) => x - y).ToList();
        var aVsRaw = medians[0].Zip(medians[2], (x, y) => x - y).ToList();
        Console.WriteLine(Invariant($"B/A per round: median {Stats.Median(ratios):0.000} ({ratios.Min():0.000}–{ratios.Max():0.000}); over raw: A +{Stats.Median(aVsRaw):0.0}, B +{Stats.Median(vsRaw):0.0}"));
        Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
