using System.Threading.RateLimiting;
using Workflow.Abstractions;

namespace Benchmarks.Harness;

/// <summary>
/// Lifts the plugins' client-side rate limits for the bench through the contract's host-services seam, as
/// <see cref="SimulatorHost"/> lifts the simulator's: past the incident.io plugin's default burst (1200 calls) every host
/// call would otherwise wait for a token, and P1, P2 and P5 would measure the limiter instead of the host.
/// </summary>
internal sealed class UnlimitedRateLimits : IRateLimiterProvider
{
    private static readonly RateLimiter Unlimited = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
    {
        TokenLimit = 100_000_000,
        TokensPerPeriod = 100_000_000,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 100_000_000,
        AutoReplenishment = true,
    });

    /// <summary>The services every bench execution gets: the system clock and no rate limit.</summary>
    public static HostServices Services { get; } = new() { RateLimiters = new UnlimitedRateLimits() };

    public RateLimiter GetRateLimiter(RateLimitKey key) => Unlimited;
}
