using System.Diagnostics;
using System.Text.Json;

namespace Benchmarks.Profiling;

/// <summary>
/// What a <c>soak</c> run measured, written beside its trace (<c>soak … --window FILE</c>) so a profile can be cut to the
/// same stretch and divided per call: <paramref name="Calls"/> completed between <paramref name="FromMs"/> and
/// <paramref name="ToMs"/> (ms since the process started, as the trace's timestamps count).
/// </summary>
internal sealed record MeasuredWindow(string Side, int Concurrency, long Calls, double FromMs, double ToMs)
{
    /// <summary>Milliseconds since this process started.</summary>
    public static double ProcessMilliseconds() => (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;

    public static MeasuredWindow Load(string path) =>
        JsonSerializer.Deserialize<MeasuredWindow>(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} is empty.");

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this));
}
