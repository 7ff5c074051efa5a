using Workflow.Abstractions;

namespace IncidentIo.Plugin.Client.Resilience;

/// <summary>incident.io's documented limit (1200 requests a minute per API key) and how the plugin names its partitions.</summary>
internal static class IncidentIoRateLimit
{
    /// <summary><see cref="RateLimitKey.Service"/> for every incident.io call.</summary>
    public const string Service = "incidentio";

    public const int PermitsPerMinute = 1200;

    /// <summary>The partition of one (base_url, key): the URL and the key's SHA-256, never the key.</summary>
    public static RateLimitKey KeyFor(Uri baseUrl, string keyFingerprint) =>
        new(Service, $"{baseUrl.AbsoluteUri}#sha256:{keyFingerprint}", PermitsPerMinute);
}
