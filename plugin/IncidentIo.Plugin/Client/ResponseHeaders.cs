using RestSharp;

namespace IncidentIo.Plugin.Client;

/// <summary>Response header look-up, case-insensitive as HTTP requires.</summary>
internal static class ResponseHeaders
{
    public const string RequestId = "X-Request-Id";

    public static string? Find(RestResponse response, string name) =>
        response.Headers?.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value?.ToString();
}
