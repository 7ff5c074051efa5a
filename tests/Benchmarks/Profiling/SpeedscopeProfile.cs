using System.Text.Json;

namespace Benchmarks.Profiling;

/// <summary>
/// Reads the managed-CPU samples of a speedscope file written by <c>dotnet-trace collect --profile
/// dotnet-sampled-thread-time --format Speedscope</c> (EventPipe's sample profiler, one evented profile per thread).
/// </summary>
/// <remarks>
/// The sampler stops every managed thread about once a millisecond and ends each stack with a pseudo-frame: <c>CPU_TIME</c>
/// when the thread was in managed code, <c>UNMANAGED_CODE_TIME</c> when it was in native code. Native time cannot be told
/// apart from waiting (a blocked socket read and a GC look the same), so only <c>CPU_TIME</c> stretches are kept, and of
/// those the thread pool's spinning and lock waits (<see cref="IdleLeaves"/>) are dropped: what remains is managed code
/// doing work. GC, JIT and kernel time are therefore not in these figures; allocations are measured apart
/// (<c>hotpath --what types</c>).
/// </remarks>
internal static class SpeedscopeProfile
{
    private const string ManagedLeaf = "CPU_TIME";

    /// <summary>Leaf frames that are a thread waiting or spinning for work, not doing it.</summary>
    private static readonly string[] IdleLeaves =
    [
        "LowLevelSpinWaiter.Wait", "PortableThreadPool+WorkerThread.WorkerThreadStart", "Thread.<PollGC>", "Monitor.Enter_Slowpath",
        "WaitHandle.WaitOneNoCheck", "LowLevelLifoSemaphore.Wait", "Monitor.Wait", "GC.RunFinalizers", "?!?",
    ];

    /// <summary>
    /// The busy managed samples between <paramref name="fromMs"/> and <paramref name="toMs"/> (ms since the trace
    /// started, which dotnet-trace starts with the process it launches).
    /// </summary>
    public static List<CpuSample> Read(string path, double fromMs, double toMs) => Read(path, fromMs, toMs, mainThreadOnly: false);

    /// <summary>
    /// Every sample of the process's first thread, in managed code or native alike: at start-up the main thread does the
    /// work (loading assemblies, reading files) and rarely waits, so native time counts there. For <c>profile-startup</c>.
    /// </summary>
    public static List<CpuSample> ReadMainThread(string path) => Read(path, 0, double.MaxValue, mainThreadOnly: true);

    private static List<CpuSample> Read(string path, double fromMs, double toMs, bool mainThreadOnly)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var frames = root.GetProperty("shared").GetProperty("frames").EnumerateArray().Select(f => f.GetProperty("name").GetString() ?? "?").ToArray();
        var samples = new List<CpuSample>();
        var threads = root.GetProperty("profiles").EnumerateArray().Where(p => p.GetProperty("type").GetString() == "evented");
        foreach (var profile in mainThreadOnly ? threads.Take(1) : threads)
        {
            // The first thread of a launched process is its main thread (dotnet-trace names it after the process id).
            var mainThread = mainThreadOnly;

            var stack = new List<int>();
            var last = double.NaN;
            foreach (var e in profile.GetProperty("events").EnumerateArray())
            {
                var at = e.GetProperty("at").GetDouble();
                if (stack.Count >= 2 && last >= fromMs && at <= toMs && (mainThread || frames[stack[^1]] == ManagedLeaf))
                {
                    var leaf = frames[stack[^2]];
                    if (mainThread || !IdleLeaves.Any(leaf.Contains))
                    {
                        samples.Add(new CpuSample([.. stack.Take(stack.Count - 1).Select(i => frames[i])], at - last));
                    }
                }

                last = at;
                if (e.GetProperty("type").GetString() == "O")
                {
                    stack.Add(e.GetProperty("frame").GetInt32());
                }
                else if (stack.Count > 0)
                {
                    stack.RemoveAt(stack.Count - 1);
                }
            }
        }

        return samples;
    }
}
