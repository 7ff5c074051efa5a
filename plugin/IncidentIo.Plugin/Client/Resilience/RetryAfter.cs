using System.Globalization;
using RestSharp;

namespace IncidentIo.Plugin.Client.Resilience;

/// <summary>
/// Reads a <c>Retry-After</c> header. The spec says delta-seconds, but incident.io's own Terraform
/// client parses an HTTP-date, so both are accepted.
/// </summary>
internal static class RetryAfter
{
    public const string HeaderName = "Retry-After";

    /// <summary>The wait the response asks for, or null when it asks for none (or says nothing readable).</summary>
    public static TimeSpan? From(RestResponse response, DateTimeOffset now) =>
        Parse(ResponseHeaders.Find(response, HeaderName), now);

    /// <summary>The wait a header value asks for: seconds, or the time until an HTTP-date (never negative).</summary>
    public static TimeSpan? Parse(string? value, DateTimeOffset now)
    {
        // Null, blank and anything else unreadable fail both parses.
        var text = value?.Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Min(seconds, int.MaxValue));
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var wait = date - now;

            // Stryker disable once Equality : at zero both branches give zero
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
