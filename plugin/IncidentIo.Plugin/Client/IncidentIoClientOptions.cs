using IncidentIo.Plugin.Client.Resilience;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Client;

/// <summary>Timeouts, retries and rate limiting of the client. Defaults suit production; tests shrink the delays.</summary>
internal sealed record IncidentIoClientOptions
{
    /// <summary>Retries after the first attempt, for operations safe to retry. 0 disables retries.</summary>
    public int MaxRetryAttempts { get; init; } = 3;

    /// <summary>First back-off delay; doubles per retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of a computed back-off delay.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Upper bound of a delay asked for by <c>Retry-After</c>; longer asks are cut to this.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one attempt may take before it counts as timed out.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one call may take in all: every attempt, every back-off and every wait for a rate-limit token.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Per-operation overrides of retries, attempt timeout and deadline (keyed by operation).</summary>
    public IReadOnlyDictionary<ApiOperation, OperationResilience> PerOperation { get; init; } =
        new Dictionary<ApiOperation, OperationResilience>();

    /// <summary>The host's rate limiters (<see cref="HostServices.RateLimiters"/>); null, or a null answer, means <see cref="DefaultRateLimiters"/>.</summary>
    public IRateLimiterProvider? RateLimiters { get; init; }

    /// <summary>The plugin's own token buckets, used for every partition the host's limiters leave alone (always a limiter).</summary>
    public TokenBucketSource DefaultRateLimiters { get; init; } = new TokenBucketSource();

    /// <summary>The clock used for back-off, deadlines and to read <c>Retry-After</c> dates.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The retries, attempt timeout and deadline for <paramref name="operation"/>.</summary>
    public OperationResilience For(ApiOperation operation) =>
        PerOperation.TryGetValue(operation, out var specific) ? specific : new(MaxRetryAttempts, AttemptTimeout, Deadline);
}
