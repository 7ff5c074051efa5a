namespace IncidentIo.Plugin.Client;

/// <summary>Timeouts and retry behaviour of the client. Defaults suit production; tests shrink the delays.</summary>
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

    /// <summary>The clock used for back-off and to read <c>Retry-After</c> dates.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
