using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Drills.Webhooks;

/// <summary>
/// <c>listen</c> as a real process (the Workflow.Sandbox.dll built beside the drill), reading its <c>--json</c> lines:
/// the ready line first, then one line per run, collected in <see cref="RunLines"/>. Killed with SIGKILL, not stopped.
/// </summary>
internal sealed class ListenProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<JsonObject> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ListenProcess(Process process, ConcurrentQueue<JsonObject> runLines)
    {
        _process = process;
        RunLines = runLines;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { Length: > 0 } line || JsonNode.Parse(line) is not JsonObject json)
            {
                return;
            }

            if (json.ContainsKey("webhook_id"))
            {
                RunLines.Enqueue(json);
            }
            else if (json.ContainsKey("url"))
            {
                _ready.TrySetResult(json);
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Every run line, across restarts when the same queue is passed again.</summary>
    public ConcurrentQueue<JsonObject> RunLines { get; }

    /// <summary>Starts <c>listen</c> with <paramref name="arguments"/> (plus <c>--json</c>) and waits for its ready line.</summary>
    public static async Task<ListenProcess> StartAsync(IReadOnlyList<string> arguments, string apiKey, ConcurrentQueue<JsonObject> runLines)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Workflow.Sandbox.dll"));
        start.ArgumentList.Add("listen");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--json");
        start.ArgumentList.Add("--plugins");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "plugins"));
        start.Environment["INCIDENTIO_API_KEY"] = apiKey;
        start.Environment.Remove("INCIDENTIO_WEBHOOK_SECRET");
        var listen = new ListenProcess(Process.Start(start)!, runLines);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await listen._ready.Task.WaitAsync(timeout.Token);
        return listen;
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or an OOM kill.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }
}
