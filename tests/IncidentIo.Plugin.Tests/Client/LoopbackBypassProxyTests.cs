using System.Net;
using IncidentIo.Plugin.Client;

namespace IncidentIo.Plugin.Tests.Client;

[TestFixture]
public sealed class LoopbackBypassProxyTests
{
    private static readonly Uri ProxyUrl = new("http://proxy.example:3128");

    [TestCase("http://127.0.0.1:8765/v1/severities")]
    [TestCase("http://localhost:8765/v1/severities")]
    [TestCase("http://[::1]:8765/v1/severities")]
    public void IsBypassed_Loopback_TrueEvenWhenTheProxyWouldTakeIt(string url) =>
        Assert.That(new LoopbackBypassProxy(new AlwaysProxy()).IsBypassed(new Uri(url)), Is.True);

    [TestCase("https://api.incident.io/v1/severities")]
    [TestCase("https://10.0.0.5/v1/severities")]
    public void IsBypassed_OtherHost_AsTheProxySays(string url)
    {
        var uri = new Uri(url);

        Assert.Multiple(() =>
        {
            Assert.That(new LoopbackBypassProxy(new AlwaysProxy()).IsBypassed(uri), Is.False);
            Assert.That(new LoopbackBypassProxy(new AlwaysProxy { Bypass = true }).IsBypassed(uri), Is.True);
        });
    }

    [Test]
    public void GetProxy_AnyHost_TheInnerProxy() =>
        Assert.That(new LoopbackBypassProxy(new AlwaysProxy()).GetProxy(new Uri("https://api.incident.io/")), Is.EqualTo(ProxyUrl));

    [Test]
    public void Credentials_Set_ReachTheInnerProxy()
    {
        var inner = new AlwaysProxy();
        var credentials = new NetworkCredential("u", "p");

        _ = new LoopbackBypassProxy(inner) { Credentials = credentials };

        Assert.That(inner.Credentials, Is.SameAs(credentials));
    }

    private sealed class AlwaysProxy : IWebProxy
    {
        public bool Bypass { get; init; }

        public ICredentials? Credentials { get; set; }

        public Uri? GetProxy(Uri destination) => ProxyUrl;

        public bool IsBypassed(Uri host) => Bypass;
    }
}
