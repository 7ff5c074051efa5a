namespace Benchmarks.Harness;

/// <summary>How much to measure: the full run (about 5 minutes on 2 cores) or a quick smoke run.</summary>
/// <param name="Rounds">Rounds per comparison; each round yields one ratio, the table shows their median and spread.</param>
/// <param name="LatencyCalls">P1: sequential calls per side per round.</param>
/// <param name="ThroughputCalls">P2: calls per worker per side per round.</param>
/// <param name="ColdStarts">P3: process pairs (sandbox list, hello world).</param>
/// <param name="Incidents">P5: incidents in the simulator.</param>
internal sealed record BenchSettings(int Rounds, int LatencyCalls, int ThroughputCalls, int ColdStarts, int Incidents)
{
    public const int Concurrency = 32;

    public static BenchSettings Full { get; } = new(Rounds: 5, LatencyCalls: 1000, ThroughputCalls: 50, ColdStarts: 20, Incidents: 10_000);

    public static BenchSettings Quick { get; } = new(Rounds: 3, LatencyCalls: 150, ThroughputCalls: 10, ColdStarts: 4, Incidents: 1_000);
}
