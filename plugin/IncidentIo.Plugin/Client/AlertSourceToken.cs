using System.Diagnostics.CodeAnalysis;
using System.Web;

namespace IncidentIo.Plugin.Client;

/// <summary>
/// Reads the connection's <c>alert_source_token</c> in the forms a builder copies from incident.io's alert source
/// page: the secret itself, the header value (<c>Bearer …</c> or <c>Basic …</c>, optionally with <c>Authorization:</c>
/// in front) or the source's whole URL with <c>?token=…</c>. The secret always travels in the Authorization header,
/// never in the URL, so it stays out of proxies' and servers' access logs.
/// </summary>
internal static class AlertSourceToken
{
    private const string Bearer = "Bearer";
    private const string Basic = "Basic";
    private const string HeaderName = "Authorization:";

    /// <summary>The scheme and secret to send, or the reason the value is unusable (never quoting the value).</summary>
    public static bool TryParse(string value, [NotNullWhen(true)] out (string Scheme, string Secret)? token, [NotNullWhen(false)] out string? problem)
    {
        token = null;
        problem = null;
        var text = value.Trim();
        if (text.StartsWith(HeaderName, StringComparison.OrdinalIgnoreCase))
        {
            text = text[HeaderName.Length..].Trim();
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            var fromQuery = HttpUtility.ParseQueryString(url.Query)["token"];
            if (string.IsNullOrWhiteSpace(fromQuery))
            {
                problem = "alert_source_token is a URL without a token query parameter: paste the alert source's secret, its Authorization header value or its URL including ?token=";
                return false;
            }

            token = (Bearer, fromQuery.Trim());
            return true;
        }

        // A secret (bearer token or Basic credentials, both base64-like) never holds a space, nor is it a scheme's name alone.
        var (scheme, secret) = SplitScheme(text);
        if (secret.Length == 0 || secret.Contains(' ', StringComparison.Ordinal) || IsSchemeName(text))
        {
            problem = "alert_source_token is blank or not a secret, an Authorization header value or an alert source URL";
            return false;
        }

        token = (scheme, secret);
        return true;
    }

    /// <summary>The header value's scheme and what follows it; Bearer and the whole text when it names no scheme.</summary>
    private static (string Scheme, string Secret) SplitScheme(string text)
    {
        foreach (var scheme in new[] { Bearer, Basic })
        {
            if (text.StartsWith(scheme + " ", StringComparison.OrdinalIgnoreCase))
            {
                return (scheme, text[(scheme.Length + 1)..].TrimStart());
            }
        }

        return (Bearer, text);
    }

    private static bool IsSchemeName(string text) =>
        text.Equals(Bearer, StringComparison.OrdinalIgnoreCase) || text.Equals(Basic, StringComparison.OrdinalIgnoreCase);
}
