namespace IncidentIo.Simulator.Errors;

/// <summary>The simulator's own error types, beside incident.io's, so a client can tell a simulator gap from an answer of incident.io.</summary>
public static class SimulatorErrors
{
    /// <summary>
    /// The <c>type</c> of the 501 the simulator answers for a method and path it does not implement. The body is incident.io's
    /// error format plus a <c>simulator</c> object naming the simulator, the method, the path and what to do instead.
    /// </summary>
    public const string NotImplementedType = "simulator_not_implemented";
}
