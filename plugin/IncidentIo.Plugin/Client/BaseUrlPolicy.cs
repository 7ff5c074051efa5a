using System.Net;

namespace IncidentIo.Plugin.Client;

/// <summary>
/// Which base_url the plugin may send the API key to: https anywhere, plain http only to this machine
/// (a simulator or a local proxy), since over http the Authorization header crosses the network readable.
/// </summary>
internal static class BaseUrlPolicy
{
    /// <summary>Why <paramref name="baseUrl"/> is refused, or null when the key may be sent to it.</summary>
    public static string? Refusal(Uri baseUrl) => baseUrl.Scheme switch
    {
        "https" => null,
        "http" when IsLoopback(baseUrl) => null,
        "http" =>
            $"base_url {baseUrl.Scheme}://{baseUrl.Authority} uses plain http: the API key would cross the network in clear text; use https " +
            "(plain http is only allowed to a loopback host: localhost, 127.0.0.0/8 or [::1])",
        _ => $"base_url must be an http(s) URL, not {baseUrl.Scheme}:",
    };

    /// <summary>localhost, 127.0.0.0/8 or ::1 (also written as an IPv4-mapped IPv6 address): hosts .NET never sends through a proxy.</summary>
    public static bool IsLoopback(Uri uri)
    {
        if (string.Equals(uri.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // IdnHost gives IPv6 without brackets; a DNS name does not parse as an address.
        return IPAddress.TryParse(uri.IdnHost, out var address)
            && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
    }
}
