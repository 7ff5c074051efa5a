using RestSharp;

namespace IncidentIo.Plugin.Client;

/// <summary>Response header look-up, case-insensitive as HTTP requires.</summary>
internal static class ResponseHeaders
{
    public const string RequestId = "X-Request-Id";

    /// <summary>The first value of the response header <paramref name="name"/>; null when absent.</summary>
    public static string? Find(RestResponse response, string name)
    {
        if (response is StreamedResponse streamed)
        {
            // As HttpClient received it: no copy of every header per call.
            if (streamed.HttpHeaders.NonValidated.TryGetValues(name, out var values))
            {
                foreach (var value in values)
                {
                    return value;
                }
            }

            return null;
        }

        return response.Headers?.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value?.ToString();
    }
}
