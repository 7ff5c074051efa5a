using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace IncidentIo.Plugin.Client.Resilience;

/// <summary>
/// One in-process token bucket per (base_url, key), shaped like incident.io's own limit (1200 requests per minute:
/// 20 tokens a second, a burst of 1200). Callers past the burst queue for a token rather than fail.
/// </summary>
public sealed class TokenBucketSource : IRateLimiterSource
{
    private readonly ConcurrentDictionary<(string BaseUrl, string Key), Lazy<RateLimiter>> _buckets = new();
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
    public RateLimiter LimiterFor(Uri baseUrl, string keyFingerprint)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return _buckets.GetOrAdd((baseUrl.AbsoluteUri, keyFingerprint), _ => new Lazy<RateLimiter>(() => new TokenBucketRateLimiter(_options))).Value;
    }
}
