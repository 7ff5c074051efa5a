using System.Diagnostics;
using System.Globalization;
using Benchmarks.Harness;

namespace Benchmarks.Scenarios;

/// <summary>
/// P3: `dotnet Workflow.Sandbox.dll list --json` (load the plugin, read manifests, print) vs `dotnet HelloWorld.dll`,
/// each a whole new process, started alternately; each pair gives one ratio. The sandbox is the host as a user
/// installs it: published for this machine's runtime, which makes it ReadyToRun (Workflow.Sandbox.csproj).
/// </summary>
internal static class ColdStartScenario
{
    public static async Task<IReadOnlyList<ResultRow>> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        var host = await PublishSandboxAsync(cancellationToken);
        string[] json = [host, "list", "--json"];
        string[] table = [host, "list"];
        string[] hello = [BenchPaths.HelloWorldDll];
        for (var i = 0; i < 2; i++)
        {
            // Page cache and the runtime's files warm; what remains is process start-up itself.
            await StartAsync(json, cancellationToken);
            await StartAsync(table, cancellationToken);
            await StartAsync(hello, cancellationToken);
        }

        List<double> jsonRatios = [], tableRatios = [], jsonTimes = [], tableTimes = [], baseline = [];
        for (var i = 0; i < settings.ColdStarts; i++)
        {
            // Alternated: list --json, hello world, list (tables: Spectre.Console loaded), each ratio against the same hello world.
            jsonTimes.Add(await StartAsync(json, cancellationToken));
            baseline.Add(await StartAsync(hello, cancellationToken));
            tableTimes.Add(await StartAsync(table, cancellationToken));
            jsonRatios.Add(jsonTimes[^1] / baseline[^1]);
            tableRatios.Add(tableTimes[^1] / baseline[^1]);
        }

        var jsonRatio = Stats.SpreadOf(jsonRatios);
        var tableRatio = Stats.SpreadOf(tableRatios);
        var context = string.Create(CultureInfo.InvariantCulture,
            $"list --json (ReadyToRun publish) {Timing.Ms(Stats.Median(jsonTimes))}, hello world {Timing.Ms(Stats.Median(baseline))} (medians of {settings.ColdStarts} process triples)");
        return
        [
            new ResultRow("P3", "cold start: `list --json` process / hello-world process", jsonRatio, "×", "≤ 2.0×", jsonRatio.Median <= 2.0, context),
            new ResultRow("P3 table", "cold start: `list` (tables) process / hello-world process", tableRatio, "×", "≤ 2.0×", tableRatio.Median <= 2.0,
                string.Create(CultureInfo.InvariantCulture, $"list {Timing.Ms(Stats.Median(tableTimes))}")),
        ];
    }

    /// <summary>`dotnet publish --use-current-runtime` of the sandbox next to its build output; returns the published dll.</summary>
    private static async Task<string> PublishSandboxAsync(CancellationToken cancellationToken)
    {
        var build = new DirectoryInfo(BenchPaths.SandboxDirectory); // <project>/bin/<configuration>/net10.0
        var output = Path.Combine(build.Parent!.FullName, "p3-publish");
        var publish = new ProcessStartInfo(BenchPaths.DotnetHost) { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in new[] { "publish", build.Parent.Parent!.Parent!.FullName, "-c", build.Parent.Name, "--use-current-runtime", "-o", output, "-v", "quiet", "-nologo" })
        {
            publish.ArgumentList.Add(argument);
        }

        using var process = Process.Start(publish) ?? throw new InvalidOperationException($"Could not start {publish.FileName}.");
        var log = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0 ? Path.Combine(output, "Workflow.Sandbox.dll") : throw new InvalidOperationException($"dotnet publish of the sandbox failed: {log}");
    }

    /// <summary>Wall time from Process.Start to exit, in µs; throws when the process fails.</summary>
    private static async Task<double> StartAsync(string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(BenchPaths.DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(clock).TotalMicroseconds;
        if (process.ExitCode != 0 || (await stdout).Length == 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', arguments)} exited {process.ExitCode}: {await stderr}");
        }

        return elapsed;
    }
}
