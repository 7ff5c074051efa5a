using System.Diagnostics;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.EndToEnd;

/// <summary>Runs the published host as its own process: `dotnet Workflow.Sandbox.dll args`.</summary>
internal static class HostProcess
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError)
    {
        public string All => StandardOutput + StandardError;

        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
    }

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(environment, args))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>How the published host is started: `dotnet Workflow.Sandbox.dll args`, without the developer's keys.</summary>
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?> environment, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(TestPaths.HostDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Start from a clean slate: no key leaks in from the developer's shell.
        start.Environment.Remove("INCIDENTIO_API_KEY");
        start.Environment.Remove("SAMPLE_API_KEY");
        // Keep the manifest check cache in the build output, not the developer's ~/.cache.
        start.Environment["XDG_CACHE_HOME"] = TestPaths.CacheHome;
        // A null value removes the variable.
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return start;
    }
}
