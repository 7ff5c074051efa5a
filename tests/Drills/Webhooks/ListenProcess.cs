using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Drills.Webhooks;

/// <summary>
/// <c>listen</c> as a real process (the sandbox's Release build), reading its <c>--json</c> lines:
/// the ready line first, then one line per run, collected in <see cref="RunLines"/>. Killed with SIGKILL, not stopped.
/// </summary>
internal sealed class ListenProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<JsonObject> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Dictionary<string, long> _tieringTicks = [];
    private int _runLineCount;

    private ListenProcess(Process process, ConcurrentQueue<JsonObject>? runLines)
    {
        _process = process;
        RunLines = runLines ?? new ConcurrentQueue<JsonObject>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { Length: > 0 } line)
            {
                return;
            }

            // The bench only counts run lines (null queue), so parsing them costs the sender's process nothing.
            if (runLines is null && _ready.Task.IsCompleted)
            {
                Interlocked.Increment(ref _runLineCount);
                return;
            }

            if (!line.StartsWith('{'))
            {
                // Not a JSON line: listen refused to start (the message says why).
                _ready.TrySetException(new InvalidOperationException($"listen: {line}"));
                return;
            }

            var json = JsonNode.Parse(line)!.AsObject();

            if (json.ContainsKey("webhook_id"))
            {
                RunLines.Enqueue(json);
                Interlocked.Increment(ref _runLineCount);
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

    /// <summary>
    /// The sandbox's own Release build output (with its deps.json, runtimeconfig and plugins/), which building the
    /// drill builds; the copy of Workflow.Sandbox.dll beside the drill has the drill's dependencies, not the host's.
    /// </summary>
    private static string HostFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "IncidentPlugin.sln")))
                {
                    return Path.Combine(dir.FullName, "host-sandbox", "Workflow.Sandbox", "bin", "Release", "net10.0");
                }
            }

            throw new InvalidOperationException($"No IncidentPlugin.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>Every run line, across restarts when the same queue is passed again (empty when started without a queue).</summary>
    public ConcurrentQueue<JsonObject> RunLines { get; }

    /// <summary>The ready line (<c>{url, workflows, pending, runs_held, simulator_url}</c>).</summary>
    public JsonObject Ready => _ready.Task.Result;

    /// <summary>Run lines printed so far by this process.</summary>
    public int RunLineCount => Volatile.Read(ref _runLineCount);

    /// <summary>CPU time the process has used so far (user + system, all threads).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>
    /// CPU time the runtime's tiered-compilation thread (<c>.NET Tiered Com</c>: the JIT recompiling hot methods at higher
    /// tiers) has used so far, from <c>/proc/PID/task</c>; zero where there is no /proc. Kept per thread id, so a tiering
    /// thread that exited while idle still counts.
    /// </summary>
    public TimeSpan TieringCpu
    {
        get
        {
            var tasks = $"/proc/{_process.Id}/task";
            if (!Directory.Exists(tasks))
            {
                return TimeSpan.Zero;
            }

            foreach (var task in Directory.EnumerateDirectories(tasks))
            {
                try
                {
                    if (File.ReadAllText(Path.Combine(task, "comm")).Trim() != ".NET Tiered Com")
                    {
                        continue;
                    }

                    // Fields 14 and 15 of stat (utime, stime, in clock ticks) follow the parenthesised name.
                    var stat = File.ReadAllText(Path.Combine(task, "stat"));
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                    _tieringTicks[Path.GetFileName(task)] = ticks;
                }
                catch (IOException)
                {
                    // The thread exited between the listing and the read: its last reading stays.
                }
            }

            // Linux reports these in USER_HZ ticks, 100 per second.
            return TimeSpan.FromMilliseconds(_tieringTicks.Values.Sum() * 10);
        }
    }

    /// <summary>Starts <c>listen</c> with <paramref name="arguments"/> (plus <c>--json</c>) and waits for its ready line; run lines are parsed into <paramref name="runLines"/>, or only counted when it is null.</summary>
    public static async Task<ListenProcess> StartAsync(IReadOnlyList<string> arguments, string apiKey, ConcurrentQueue<JsonObject>? runLines)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(HostFolder, "Workflow.Sandbox.dll"));
        start.ArgumentList.Add("listen");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--json");
        start.ArgumentList.Add("--plugins");
        start.ArgumentList.Add(Path.Combine(HostFolder, "plugins"));
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
