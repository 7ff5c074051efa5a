using System.Diagnostics;

namespace Workflow.Sandbox.Tests.EndToEnd;

/// <summary>The published host running in the background (e.g. `simulate`); killed on dispose.</summary>
internal sealed class BackgroundHost : IDisposable
{
    private readonly Process _process;

    private BackgroundHost(Process process)
    {
        _process = process;
        // Drain stderr (the request log) so a full pipe never blocks the host.
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
    }

    public static BackgroundHost Start(params string[] args) => Start(new Dictionary<string, string?>(), args);

    public static BackgroundHost Start(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        new(Process.Start(HostProcess.StartInfo(environment, args))!);

    /// <summary>The next stdout line, or null when the host ended.</summary>
    public async Task<string?> ReadLineAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        return await _process.StandardOutput.ReadLineAsync(timeout.Token);
    }

    /// <summary>Sends SIGTERM (as `kill` does), waits for the exit, and returns the exit code and the rest of stdout.</summary>
    public async Task<(int ExitCode, string Output)> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var rest = await _process.StandardOutput.ReadToEndAsync(timeout.Token);
        await _process.WaitForExitAsync(timeout.Token);
        return (_process.ExitCode, rest);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
