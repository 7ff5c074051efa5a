namespace IncidentIo.Plugin.Actions.CallApi;

/// <summary>The response headers call_api hands back: rate-limit state, Retry-After and Content-Type; nothing that could carry a secret or a cookie.</summary>
internal static class SafeHeaders
{
    private static readonly string[] Exact = ["retry-after", "content-type"];
    private const string RateLimitPrefix = "x-ratelimit-";

    public static IReadOnlyDictionary<string, string> From(IEnumerable<KeyValuePair<string, string>> headers) =>
        headers
            .Select(h => (Name: h.Key.ToLowerInvariant(), h.Value))
            .Where(h => Exact.Contains(h.Name) || h.Name.StartsWith(RateLimitPrefix, StringComparison.Ordinal))
            .GroupBy(h => h.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(h => h.Value)), StringComparer.Ordinal);
}
