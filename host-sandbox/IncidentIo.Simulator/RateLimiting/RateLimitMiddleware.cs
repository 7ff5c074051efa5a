using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.RateLimiting;
using IncidentIo.Simulator.Auth;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Json;

namespace IncidentIo.Simulator.RateLimiting;

/// <summary>
/// incident.io's per-key token bucket (1200, refilling 20/s by default) with its X-RateLimit-* headers;
/// an empty bucket answers 429 with Retry-After (seconds) and the body's rate_limit object.
/// </summary>
internal sealed class RateLimitMiddleware(int capacity, double refillPerSecond) : IAsyncDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(keyId =>
        RateLimitPartition.GetTokenBucketLimiter(keyId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = capacity,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1 / refillPerSecond),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var caller = BearerAuthMiddleware.Caller(context);
        using var lease = _limiter.AttemptAcquire(caller.Id);
        var remaining = (int)(_limiter.GetStatistics(caller.Id)?.CurrentAvailablePermits ?? 0);
        WriteHeaders(context.Response.Headers, remaining);
        if (lease.IsAcquired)
        {
            await next(context);
            return;
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1 / refillPerSecond);
        await TooManyRequests(caller.Name, capacity, retryAfter).ExecuteAsync(context);
    }

    /// <summary>A 429 as incident.io sends it; also used by injected faults.</summary>
    public static ApiError TooManyRequests(string keyName, int limit, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        return new ApiError(StatusCodes.Status429TooManyRequests, "too_many_requests",
            [new ApiErrorDetail("too_many_requests", "Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.")])
        {
            Extra = new JsonObject
            {
                ["rate_limit"] = new JsonObject
                {
                    ["name"] = keyName,
                    ["limit"] = limit,
                    ["remaining"] = 0,
                    ["retry_after"] = SimulatorJson.Timestamp(DateTimeOffset.UtcNow.AddSeconds(seconds)),
                },
            },
            RetryAfterSeconds = seconds,
        };
    }

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();

    private void WriteHeaders(IHeaderDictionary headers, int remaining)
    {
        var window = (int)Math.Round(capacity / refillPerSecond);
        var secondsToFull = (capacity - remaining) / refillPerSecond;
        headers["X-RateLimit-Limit"] = string.Create(CultureInfo.InvariantCulture, $"{capacity}, {capacity};window={window}");
        headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Used"] = (capacity - remaining).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = DateTimeOffset.UtcNow.AddSeconds(secondsToFull).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    }
}
