using IncidentIo.Simulator.Faults;

namespace IncidentIo.Plugin.Tests.Reliability.Drill;

/// <summary>What the create drill does: how many logical creates, how many at once, and which faults the simulator injects.</summary>
internal sealed record CreateDrillOptions
{
    /// <summary>The fault mix of the drill: 429s, 5xx, dropped connections, commit-then-fail and stalls past the attempt timeout.</summary>
    public const string DefaultFaults = "rate429=0.08,rate5xx=0.08,drop=0.05,commit_then_fail=0.08,stall=0.04,stall_for=1500ms";

    public int Creates { get; init; } = 50;

    public int Concurrency { get; init; } = 16;

    public int Seed { get; init; } = 20240501;

    public string Faults { get; init; } = DefaultFaults;

    /// <summary>The client's own retries per step run; fewer leave more for the workflow to re-run.</summary>
    public int ClientRetries { get; init; } = 3;

    /// <summary>A deliberately wrong workflow that sends a new key on every step run: the drill's negative control.</summary>
    public bool KeyPerStepRun { get; init; }

    /// <summary>How often the "workflow" runs a failed step again (same run, same step: same idempotency key).</summary>
    public int MaxStepAttempts { get; init; } = 25;

    /// <summary>The client's per-attempt timeout; shorter than <c>stall_for</c> so stalls are timeouts.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromMilliseconds(600);

    public FaultSpec FaultSpec => FaultSpec.Parse($"{Faults},seed={Seed}");
}
