namespace IncidentIo.Simulator.Faults;

/// <summary>
/// Draws a fault per request from a seeded sequence. Every request takes exactly two draws, whatever its kind,
/// so the same seed and the same request order give the same faults.
/// </summary>
internal sealed class FaultInjector(FaultSpec spec)
{
    private static readonly int[] GatewayStatuses = [502, 503, 504];
    private readonly Random _random = spec.Seed is { } seed ? new Random(seed) : new Random();
    private readonly Lock _gate = new();

    public FaultSpec Spec => spec;

    public FaultDecision Next(bool isWrite)
    {
        double roll, detail;
        lock (_gate)
        {
            roll = _random.NextDouble();
            detail = _random.NextDouble();
        }

        // One draw picks both the gateway status and, for commit-then-fail, whether the connection is dropped.
        var sixth = (int)(detail * 6);
        var status = GatewayStatuses[sixth / 2];
        var threshold = spec.Drop;
        if (roll < threshold)
        {
            return new FaultDecision(FaultKind.Drop);
        }

        if (roll < (threshold += spec.Rate429))
        {
            return new FaultDecision(FaultKind.TooManyRequests, 429);
        }

        if (roll < (threshold += spec.Rate5xx))
        {
            return new FaultDecision(FaultKind.ServerError, status);
        }

        if (roll < (threshold += spec.CommitThenFail))
        {
            return isWrite ? new FaultDecision(FaultKind.CommitThenFail, status, Abort: sixth % 2 == 0) : FaultDecision.Pass;
        }

        return roll < threshold + spec.Stall ? new FaultDecision(FaultKind.Stall) : FaultDecision.Pass;
    }
}
