using System.Threading.RateLimiting;

namespace Workflow.Abstractions;

/// <summary>
/// Hands plugins the client-side rate limiter for one remote service and credential. A plugin takes one permit from it
/// before each HTTP attempt (retries included), so every instance, and every host that shares the provider's backing
/// store, stays inside the remote service's limit together.
/// </summary>
public interface IRateLimiterProvider
{
    /// <summary>The limiter shared by every call in <paramref name="key"/>'s partition, or <c>null</c> for the plugin's own default.</summary>
    /// <param name="key">Which service and credential, and the limit the service documents.</param>
    /// <returns>
    /// A limiter the plugin keeps for the partition's lifetime and never disposes; a rejected lease fails the call
    /// with <see cref="ActionErrorCodes.RateLimited"/>, so prefer a limiter that queues.
    /// </returns>
    RateLimiter? GetRateLimiter(RateLimitKey key);
}
