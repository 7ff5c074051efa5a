using System.Diagnostics.CodeAnalysis;
using RestSharp;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Client;

/// <summary>
/// A 2xx answer as it came, for callers that take any body (<c>SendAsync&lt;RawResponse&gt;</c>): the status, the
/// text, the content type and every response header.
/// </summary>
internal sealed record RawResponse(int Status, string? Content, string? ContentType, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>The response with every occurrence of <paramref name="apiKey"/> masked: a server (or proxy) that echoes
    /// the Authorization header must not put the key into a step's output, whatever host runs the plugin.</summary>
    public static RawResponse From(RestResponse response, SecretValue apiKey)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        var key = apiKey.Reveal();
        [return: NotNullIfNotNull(nameof(text))]
        string? Mask(string? text) => key.Length == 0 ? text : text?.Replace(key, SecretValue.Mask, StringComparison.Ordinal);
        return new(
            (int)response.StatusCode,
            Mask(response.Content),
            response.ContentType,
            [.. (response.Headers ?? []).Concat(response.ContentHeaders ?? [])
                .Where(h => !string.IsNullOrEmpty(h.Name))
                .Select(h => new KeyValuePair<string, string>(h.Name!, Mask(h.Value)))]);
    }
}
