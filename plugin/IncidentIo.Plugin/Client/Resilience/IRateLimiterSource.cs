using System.Threading.RateLimiting;

namespace IncidentIo.Plugin.Client.Resilience;

/// <summary>
/// Hands out the client-side rate limiter for one API key. Every attempt (retries included) takes one permit
/// before it is sent. The default (<see cref="TokenBucketSource"/>) keeps an in-process token bucket per key;
/// a host that runs the plugin on several machines sharing a key replaces it with a distributed limiter
/// (any <see cref="RateLimiter"/>, e.g. one backed by Redis) through <see cref="IncidentIoRateLimits.Source"/>.
/// </summary>
public interface IRateLimiterSource
{
    /// <summary>The limiter for calls to <paramref name="baseUrl"/> with the key whose SHA-256 is <paramref name="keyFingerprint"/>.</summary>
    /// <param name="baseUrl">The connection's base_url.</param>
    /// <param name="keyFingerprint">Hex SHA-256 of the API key; never the key itself.</param>
    /// <returns>A limiter shared by every call with that key; the caller never disposes it.</returns>
    RateLimiter LimiterFor(Uri baseUrl, string keyFingerprint);
}
