namespace IncidentIo.Simulator.Faults;

/// <summary>The kinds of injected fault.</summary>
internal enum FaultKind
{
    None,
    Drop,
    TooManyRequests,
    ServerError,
    CommitThenFail,
    Stall,
}
