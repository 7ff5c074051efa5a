using System.Globalization;

namespace IncidentIo.Simulator.Faults;

/// <summary>
/// Faults the simulator injects into API requests for reliability drills, parsed from text such as
/// <c>latency=50ms,rate429=0.1,rate5xx=0.05,commit_then_fail=0.02,drop=0.01,stall=0.02,stall_for=2s,seed=42</c>.
/// Rates are per-request probabilities; their sum must not exceed 1. A seed makes the sequence repeatable.
/// </summary>
public sealed record FaultSpec
{
    /// <summary>No faults.</summary>
    public static FaultSpec None { get; } = new();

    /// <summary>Delay added to every API request before it is handled.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Probability of a 429 with Retry-After (the bucket is not touched).</summary>
    public double Rate429 { get; init; }

    /// <summary>Probability of a 502, 503 or 504 before the request is handled.</summary>
    public double Rate5xx { get; init; }

    /// <summary>Probability, on POST requests, that the change is stored but the reply is a 5xx or a dropped connection.</summary>
    public double CommitThenFail { get; init; }

    /// <summary>Probability that the connection is aborted without a response.</summary>
    public double Drop { get; init; }

    /// <summary>Probability that a request is held for <see cref="StallFor"/> and then handled for real (commits a write).</summary>
    public double Stall { get; init; }

    /// <summary>How long a stalled request is held; longer than the client's attempt timeout makes it a timeout.</summary>
    public TimeSpan StallFor { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Seed for the fault sequence; null draws a fresh one.</summary>
    public int? Seed { get; init; }

    /// <summary>True when no fault and no latency is configured.</summary>
    public bool IsNone => Latency == TimeSpan.Zero && Rate429 + Rate5xx + CommitThenFail + Drop + Stall == 0;

    /// <summary>Parses the text form; null or blank is <see cref="None"/>. Reports every problem at once.</summary>
    /// <exception cref="FormatException">The text has unknown keys or bad values.</exception>
    public static FaultSpec Parse(string? text) => FaultSpecParser.Parse(text);

    /// <inheritdoc />
    public override string ToString()
    {
        var parts = new List<string>();
        if (Latency > TimeSpan.Zero)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"latency={Latency.TotalMilliseconds}ms"));
        }

        AddRate(parts, "rate429", Rate429);
        AddRate(parts, "rate5xx", Rate5xx);
        AddRate(parts, "commit_then_fail", CommitThenFail);
        AddRate(parts, "drop", Drop);
        AddRate(parts, "stall", Stall);
        if (Stall > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"stall_for={StallFor.TotalMilliseconds}ms"));
        }

        if (Seed is { } seed)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"seed={seed}"));
        }

        return parts.Count == 0 ? "none" : string.Join(',', parts);
    }

    private static void AddRate(List<string> parts, string name, double rate)
    {
        if (rate > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name}={rate}"));
        }
    }
}
