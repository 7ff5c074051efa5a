namespace IncidentIo.Plugin.Actions.SendAlertEvent;

/// <summary>
/// The alert source's id as the path wants it. Builders copy the source's alert events URL
/// (<c>https://api.incident.io/v2/alert_events/http/01GW…?token=…</c>) as often as its id, so both are accepted.
/// </summary>
internal static class AlertSourceConfigReference
{
    private const string Marker = "/alert_events/http/";

    /// <summary>The id, trimmed; the segment after <c>/alert_events/http/</c> of a URL; null when blank or a URL without it.</summary>
    public static string? ToId(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return text;
        }

        var path = url.AbsolutePath;
        var at = path.IndexOf(Marker, StringComparison.Ordinal);
        var id = at < 0 ? "" : path[(at + Marker.Length)..].Trim('/');
        return id.Length == 0 || id.Contains('/', StringComparison.Ordinal) ? null : Uri.UnescapeDataString(id);
    }
}
