using System.Globalization;
using System.Runtime.InteropServices;
using Benchmarks.Harness;
using Benchmarks.Scenarios;

// `Benchmarks [bench] [--quick] [--only P1,P2,P2h,P3] [--out FILE]`: runs P1–P5 in one process and prints one table of
// ratios, each against its raw baseline measured in the same run. tests/Benchmarks/run.sh builds and runs it.
if (args.FirstOrDefault() == "hotpath")
{
    // A/B of two plugin builds against the raw baseline (tests/Benchmarks/HotPath).
    using var abCancellation = new CancellationTokenSource(TimeSpan.FromMinutes(30));
    return await Benchmarks.HotPath.HotPathAb.RunAsync(args, abCancellation.Token);
}

if (args.FirstOrDefault() == "soak")
{
    // One P2 side alone for a profiler to attach to (Scenarios/SoakScenario).
    using var soakCancellation = new CancellationTokenSource(TimeSpan.FromMinutes(30));
    return await SoakScenario.RunAsync(args, soakCancellation.Token);
}

if (args.FirstOrDefault() == "profile")
{
    // Where the plugin's CPU goes against the raw GET, from two dotnet-trace profiles (tests/Benchmarks/profile.sh).
    return Benchmarks.Profiling.ProfileReport.Run(args);
}

if (args.FirstOrDefault() == "profile-startup")
{
    // Where a cold `list` spends its start, from a dotnet-trace profile of the whole process (tests/Benchmarks/profile.sh --startup).
    return Benchmarks.Profiling.StartupReport.Run(args);
}

var quick = args.Contains("--quick");
var only = Option("--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
           ?? ["P1", "P2", "P3", "P4", "P5"];
if (only.Contains("P2h") && !only.Contains("P2"))
{
    // P2h (the sandbox pipeline) is measured in P2's rounds, beside the plugin and the raw side.
    only = [.. only, "P2"];
}

var outFile = Option("--out");
var settings = quick ? BenchSettings.Quick : BenchSettings.Full;
using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(20));
var token = cancellation.Token;
var rows = new List<ResultRow>();

void Progress(string text) => Console.Error.WriteLine($"[bench {DateTime.Now:HH:mm:ss}] {text}");

if (only.Contains("P4"))
{
    // First, while nothing else runs in the process.
    Progress("P4: template + validation per action (BenchmarkDotNet)");
    rows.AddRange(OverheadScenario.Run(quick, Path.Combine(Path.GetTempPath(), "incidentplugin-bench")));
}

if (only.Contains("P1") || only.Contains("P2") || only.Contains("P5"))
{
    await using var simulator = await SimulatorHost.StartAsync(token);
    using var pipeline = new SandboxPipeline(simulator.BaseUrl, SimulatorHost.ApiKey);
    var pagination = new PaginationCalls(simulator, pipeline);
    var incidents = only.Contains("P5") && pagination.Available ? settings.Incidents : 1;
    Progress($"seeding {incidents:N0} incidents into the simulator at {simulator.BaseUrl}");
    var incidentId = await simulator.SeedIncidentsAsync(incidents, token);
    var calls = new GetIncidentCalls(simulator, pipeline, incidentId);
    if (only.Contains("P1"))
    {
        Progress("P1: sequential latency");
        rows.AddRange(await LatencyScenario.RunAsync(calls, settings, token));
    }

    if (only.Contains("P2"))
    {
        Progress($"P2: throughput at {BenchSettings.Concurrency} concurrent");
        rows.AddRange(await ThroughputScenario.RunAsync(calls, settings, token));
    }

    if (only.Contains("P5"))
    {
        Progress("P5: auto-pagination");
        try
        {
            rows.AddRange(await PaginationScenario.RunAsync(pagination, settings, token));
        }
        catch (InvalidOperationException ex)
        {
            // The action is new: report what went wrong in the table rather than losing the other rows.
            rows.Add(ResultRow.Pending("P5", "list_incidents auto_paginate / raw paging loop", "≤ 1.2×", $"failed: {ex.Message}"));
        }
    }
}

if (only.Contains("P3"))
{
    Progress("P3: cold start as whole processes");
    rows.AddRange(await ColdStartScenario.RunAsync(settings, token));
}

var order = new[] { "P1", "P2", "P3", "P4", "P5" };
var report = string.Join(Environment.NewLine,
    $"Machine: {RuntimeInformation.OSDescription}, {CpuModel()}, {Environment.ProcessorCount} cores, .NET {Environment.Version}; " +
    $"{(quick ? "quick" : "full")} run {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC",
    "",
    ResultTable.ToMarkdown(rows.OrderBy(r => Array.IndexOf(order, r.Id[..2]))));
Console.WriteLine(report);
if (outFile is not null)
{
    await File.WriteAllTextAsync(outFile, report, token);
}

return 0;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static string CpuModel() =>
    File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
        : RuntimeInformation.ProcessArchitecture.ToString();
