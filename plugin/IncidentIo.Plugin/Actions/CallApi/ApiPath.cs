using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentIo.Plugin.Actions.CallApi;

/// <summary>
/// Containment for call_api's <c>path</c>: only a clean path under base_url, such as <c>/v2/incidents/01F…</c>, is
/// accepted. Everything that could point the request (and the API key) elsewhere or climb out of the API is
/// refused before any request: URLs and other schemes, <c>//host</c>, backslashes, <c>@</c>, <c>.</c>/<c>..</c>
/// segments, percent-encoded <c>.</c> <c>/</c> <c>\</c> <c>%</c> (so double encoding too), control characters,
/// white space, and <c>?</c>/<c>#</c> (the query goes in <c>query</c>).
/// </summary>
internal static partial class ApiPath
{
    /// <summary>Why <paramref name="path"/> is refused, or null when it is a clean path relative to base_url.</summary>
    public static string? Problem(string path)
    {
        if (path.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return "must not contain white space or control characters (CR, LF, tab…)";
        }

        if (path.Contains('\\', StringComparison.Ordinal))
        {
            return "must not contain backslashes";
        }

        if (path.StartsWith("//", StringComparison.Ordinal) || SchemePrefix().IsMatch(path) || path.Contains("://", StringComparison.Ordinal))
        {
            return "must be a path relative to the connection's base_url (e.g. /v2/incidents), not a URL or //host";
        }

        if (path.Contains('?', StringComparison.Ordinal) || path.Contains('#', StringComparison.Ordinal))
        {
            return "must not contain ? or #: put query parameters in query";
        }

        if (path.Contains('@', StringComparison.Ordinal))
        {
            return "must not contain @";
        }

        if (!VersionPrefix().IsMatch(path))
        {
            return "must start with an API version, /v1/, /v2/, …";
        }

        if (!AllowedCharacters().IsMatch(path))
        {
            return "may only contain letters, digits, / and - . _ ~ ! $ & ' ( ) * + , ; = : % (percent-encode anything else)";
        }

        return EscapeProblem(path) ?? SegmentProblem(path);
    }

    private static string? EscapeProblem(string path)
    {
        // Stryker disable once Equality : i > 0 is the same; a % is never at index 0, as the path starts with /v<digits>/ by now
        for (var i = path.IndexOf('%', StringComparison.Ordinal); i >= 0; i = path.IndexOf('%', i + 1))
        {
            if (i + 2 >= path.Length
                || !byte.TryParse(path.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                return "has a % that does not start a percent escape (%XX)";
            }

            if (value is (byte)'.' or (byte)'/' or (byte)'\\' or (byte)'%' or < 0x20 or 0x7F)
            {
                return "must not percent-encode . / \\ % or control characters (they could climb out of the API)";
            }
        }

        return null;
    }

    private static string? SegmentProblem(string path)
    {
        var segments = path.Split('/')[1..];
        if (segments.Any(s => s is "." or ".."))
        {
            return "must not contain . or .. segments";
        }

        return segments[..^1].Any(s => s.Length == 0) ? "must not contain empty segments (//)" : null;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex SchemePrefix();

    [GeneratedRegex("^/v[0-9]+/")]
    private static partial Regex VersionPrefix();

    [GeneratedRegex(@"^[A-Za-z0-9\-._~!$&'()*+,;=:%/]+$")]
    private static partial Regex AllowedCharacters();
}
