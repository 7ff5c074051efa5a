using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Client.Resilience;

/// <summary>
/// The plugin's own limiter when the host gives none (<see cref="HostServices.RateLimiters"/>): one in-process token
/// bucket per partition (base_url and key fingerprint), shaped like incident.io's own limit (1200 requests per minute:
/// 20 tokens a second, a burst of 1200). Callers past the burst queue for a token rather than fail.
/// </summary>
internal sealed class TokenBucketSource : IRateLimiterProvider
{
    private readonly ConcurrentDictionary<string, Lazy<RateLimiter>> _buckets = new(StringComparer.Ordinal);
    private readonly TokenBucketRateLimiterOptions _options;

    /// <summary>A bucket that refills <paramref name="tokensPerSecond"/> a second and holds at most <paramref name="burst"/>.</summary>
    /// <param name="tokensPerSecond">Tokens added each second.</param>
    /// <param name="burst">Bucket size, and how many calls may queue for a token.</param>
    public TokenBucketSource(int tokensPerSecond = 20, int burst = 1200) => _options = new TokenBucketRateLimiterOptions
    {
        TokenLimit = burst,
        TokensPerPeriod = tokensPerSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = burst,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };

    /// <inheritdoc />
    public RateLimiter GetRateLimiter(RateLimitKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _buckets.GetOrAdd(key.Partition, _ => new Lazy<RateLimiter>(() => new TokenBucketRateLimiter(_options))).Value;
    }
}
