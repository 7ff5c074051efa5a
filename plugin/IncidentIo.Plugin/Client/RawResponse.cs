using RestSharp;

namespace IncidentIo.Plugin.Client;

/// <summary>
/// A 2xx answer as it came, for callers that take any body (<c>SendAsync&lt;RawResponse&gt;</c>): the status, the
/// text, the content type and every response header.
/// </summary>
internal sealed record RawResponse(int Status, string? Content, string? ContentType, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    public static RawResponse From(RestResponse response) => new(
        (int)response.StatusCode,
        response.Content,
        response.ContentType,
        [.. (response.Headers ?? []).Concat(response.ContentHeaders ?? [])
            .Where(h => !string.IsNullOrEmpty(h.Name))
            .Select(h => new KeyValuePair<string, string>(h.Name!, h.Value?.ToString() ?? ""))]);
}
