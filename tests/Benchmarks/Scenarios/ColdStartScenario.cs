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
        string[] list = [await PublishSandboxAsync(cancellationToken), "list", "--json"];
        string[] hello = [BenchPaths.HelloWorldDll];
        for (var i = 0; i < 2; i++)
        {
            // Page cache and the runtime's files warm; what remains is process start-up itself.
            await StartAsync(list, cancellationToken);
            await StartAsync(hello, cancellationToken);
        }

        List<double> ratios = [], sandbox = [], baseline = [];
        for (var i = 0; i < settings.ColdStarts; i++)
        {
            sandbox.Add(await StartAsync(list, cancellationToken));
            baseline.Add(await StartAsync(hello, cancellationToken));
            ratios.Add(sandbox[^1] / baseline[^1]);
        }

        var ratio = Stats.SpreadOf(ratios);
        var context = string.Create(CultureInfo.InvariantCulture,
            $"list (ReadyToRun publish) {Timing.Ms(Stats.Median(sandbox))}, hello world {Timing.Ms(Stats.Median(baseline))} (medians of {settings.ColdStarts} process pairs)");
        return [new ResultRow("P3", "cold start: `list --json` process / hello-world process", ratio, "×", "≤ 2.0×", ratio.Median <= 2.0, context)];
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
