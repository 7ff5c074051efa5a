using System.Globalization;

namespace Benchmarks.Harness;

/// <summary>A median with the smallest and largest of the rounds it came from.</summary>
internal readonly record struct Spread(double Median, double Min, double Max)
{
    public string Format(string format) => string.Create(CultureInfo.InvariantCulture,
        $"{Median.ToString(format, CultureInfo.InvariantCulture)} ({Min.ToString(format, CultureInfo.InvariantCulture)}–{Max.ToString(format, CultureInfo.InvariantCulture)})");
}
