using System.Diagnostics;

namespace Benchmarks.Harness;

/// <summary>Wall-clock helpers in microseconds.</summary>
internal static class Timing
{
    public static async Task<double> MicrosecondsAsync(Func<Task> work)
    {
        var start = Stopwatch.GetTimestamp();
        await work();
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    public static double Microseconds(Action work)
    {
        var start = Stopwatch.GetTimestamp();
        work();
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    public static string Ms(double microseconds) => (microseconds / 1000).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) + " ms";

    public static string Us(double microseconds) => microseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " µs";
}
