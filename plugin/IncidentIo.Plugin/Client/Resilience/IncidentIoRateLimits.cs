namespace IncidentIo.Plugin.Client.Resilience;

/// <summary>
/// Where the plugin's clients get their rate limiters. A host replaces <see cref="Source"/> before the first
/// action runs (clients keep the limiter they were created with).
/// </summary>
public static class IncidentIoRateLimits
{
    /// <summary>The source new clients use; by default 20 requests a second with a burst of 1200 per key.</summary>
    public static IRateLimiterSource Source { get; set; } = new TokenBucketSource();
}
