namespace IncidentIo.Simulator.Faults;

/// <summary>What to do to one request: nothing, drop it, 429 it, fail it with <see cref="Status"/>, or commit then fail.</summary>
internal readonly record struct FaultDecision(FaultKind Kind, int Status = 0, bool Abort = false)
{
    public static FaultDecision Pass { get; } = new(FaultKind.None);
}
