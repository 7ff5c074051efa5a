namespace Workflow.Abstractions;

/// <summary>
/// What a host hands every plugin it runs, shared across plugin instances (and, through the host's own
/// implementations, across machines): the clock and the client-side rate limiters. A plugin uses what is given and
/// falls back to its own defaults for what is not; it keeps no settable global state of its own.
/// </summary>
/// <remarks>
/// A host creates one instance for its lifetime (or one per tenant) and passes the same instance in every
/// <see cref="ActionContext"/>: plugins may cache clients per instance. Added in contract 1.1.
/// </remarks>
public sealed class HostServices
{
    /// <summary>The system clock and no host rate limiters: every plugin uses its own defaults.</summary>
    public static HostServices Default { get; } = new();

    /// <summary>The clock for back-off, deadlines and timestamps. <see cref="TimeProvider.System"/> unless the host gives another.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// The host's rate limiters, or <c>null</c> to let every plugin keep its own in-process limiter (enough for one host
    /// process; a host running a plugin on several machines with one credential supplies a distributed one).
    /// </summary>
    public IRateLimiterProvider? RateLimiters { get; init; }
}
