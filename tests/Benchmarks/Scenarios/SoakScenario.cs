using Benchmarks.Harness;

namespace Benchmarks.Scenarios;

/// <summary>
/// `Benchmarks soak host|first|plugin|raw SECONDS [--sequential] [--alloc] [--warmup SECONDS] [--window FILE]`: one P2 side
/// alone, 32 workers (1 with --sequential), for as long as asked, printing calls/s each second. Not a measurement for the
/// table: it gives dotnet-trace / dotnet-counters a steady process to attach to. With --window, the calls completed after
/// the warm-up and the stretch they took are written to FILE (<see cref="Profiling.MeasuredWindow"/>) for `profile`.
/// </summary>
internal static class SoakScenario
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var sideName = args.Length > 1 ? args[1] : "host";
        var seconds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 30;
        await using var simulator = await SimulatorHost.StartAsync(cancellationToken);
        using var pipeline = new SandboxPipeline(simulator.BaseUrl, SimulatorHost.ApiKey);
        var calls = new GetIncidentCalls(simulator, pipeline, await simulator.SeedIncidentsAsync(1, cancellationToken));
        Func<CancellationToken, Task> side = sideName switch
        {
            "raw" => calls.RawAsync,
            "plugin" => calls.PluginAsync,
            "first" => calls.PipelineFirstAsync,
            _ => calls.PipelineAsync,
        };
        Console.Error.WriteLine($"soak {sideName} pid {Environment.ProcessId} for {seconds} s");
        using var allocations = args.Contains("--alloc") ? new HotPath.AllocationTypes() : null;
        var done = 0L;
        var stop = DateTime.UtcNow.AddSeconds(seconds);
        var concurrency = args.Contains("--sequential") ? 1 : BenchSettings.Concurrency;
        var warmup = TimeSpan.FromSeconds(Option(args, "--warmup") is { } w ? double.Parse(w, System.Globalization.CultureInfo.InvariantCulture) : 0);
        var measuredFrom = Task.Delay(warmup, cancellationToken).ContinueWith(
            _ => (Calls: Interlocked.Read(ref done), Ms: Profiling.MeasuredWindow.ProcessMilliseconds()), cancellationToken, TaskContinuationOptions.None, TaskScheduler.Default);
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            await Task.Yield();
            while (DateTime.UtcNow < stop)
            {
                await side(cancellationToken);
                Interlocked.Increment(ref done);
            }
        }).ToArray();
        var (last, lastBytes, lastGcs, lastPause) = (0L, GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.GetTotalPauseDuration().TotalMilliseconds);
        var lastCpu = Environment.CpuUsage.TotalTime;
        while (!Task.WhenAll(workers).IsCompleted)
        {
            await Task.Delay(1000, cancellationToken);
            var now = Interlocked.Read(ref done);
            var bytes = GC.GetTotalAllocatedBytes();
            var gcs = GC.CollectionCount(0);
            var cpu = Environment.CpuUsage.TotalTime;
            Console.Error.WriteLine($"{now - last} calls/s, {(cpu - lastCpu).TotalMicroseconds / Math.Max(1, now - last):0} µs CPU/call, {(bytes - lastBytes) / Math.Max(1, now - last) / 1024.0:0.0} KB/call, {gcs - lastGcs} GCs, {GC.GetTotalPauseDuration().TotalMilliseconds - lastPause:0} ms paused");
            lastCpu = cpu;
            (last, lastBytes, lastGcs, lastPause) = (now, bytes, gcs, GC.GetTotalPauseDuration().TotalMilliseconds);
        }

        await Task.WhenAll(workers);
        var (fromCalls, fromMs) = await measuredFrom;
        var window = new Profiling.MeasuredWindow(sideName, concurrency, Interlocked.Read(ref done) - fromCalls, fromMs, Profiling.MeasuredWindow.ProcessMilliseconds());
        Console.Error.WriteLine($"measured: {window.Calls} calls in {(window.ToMs - window.FromMs) / 1000:0.0} s after a {warmup.TotalSeconds:0} s warm-up");
        if (Option(args, "--window") is { } windowFile)
        {
            window.Save(windowFile);
        }

        foreach (var (type, sampled) in allocations?.Top(25) ?? [])
        {
            Console.Error.WriteLine($"{sampled / 1024 / 1024,8} MB  {type}");
        }

        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
