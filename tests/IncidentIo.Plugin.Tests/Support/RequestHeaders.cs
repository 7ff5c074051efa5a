using WireMock;

namespace IncidentIo.Plugin.Tests.Support;

/// <summary>Reads a header WireMock recorded, case-insensitively.</summary>
internal static class RequestHeaders
{
    public static string? Header(this IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.ToString();
}
