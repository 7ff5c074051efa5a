using System.Net;

namespace IncidentIo.Plugin.Client;

/// <summary>
/// The process's proxy (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY), except for loopback hosts: .NET's environment
/// proxy sends even http://127.0.0.1 through the proxy, which would show it the Authorization header of a
/// simulator connection. Other hosts keep using the proxy, as corporate networks need.
/// </summary>
internal sealed class LoopbackBypassProxy(IWebProxy inner) : IWebProxy
{
    /// <summary>The wrapper around <see cref="HttpClient.DefaultProxy"/> the client uses.</summary>
    public static LoopbackBypassProxy Default { get; } = new(HttpClient.DefaultProxy);

    public ICredentials? Credentials
    {
        get => inner.Credentials;
        set => inner.Credentials = value;
    }

    public Uri? GetProxy(Uri destination) => inner.GetProxy(destination);

    public bool IsBypassed(Uri host) => BaseUrlPolicy.IsLoopback(host) || inner.IsBypassed(host);
}
