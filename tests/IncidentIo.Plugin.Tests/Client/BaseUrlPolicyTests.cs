using IncidentIo.Plugin.Client;

namespace IncidentIo.Plugin.Tests.Client;

[TestFixture]
public sealed class BaseUrlPolicyTests
{
    [TestCase("https://api.incident.io")]
    [TestCase("https://proxy.example:8443/incidentio")]
    [TestCase("http://127.0.0.1:8765")]
    [TestCase("http://127.1.2.3/")]
    [TestCase("http://localhost")]
    [TestCase("http://LOCALHOST:9000/x")]
    [TestCase("http://[::1]:8765")]
    [TestCase("http://[::ffff:127.0.0.1]:8765")]
    [TestCase("http://[::ffff:127.3.4.5]/", TestName = "Refusal_IPv4MappedLoopbackOtherThan127001_IsNull")]
    public void Refusal_HttpsOrLoopbackHttp_IsNull(string baseUrl) =>
        Assert.That(BaseUrlPolicy.Refusal(new Uri(baseUrl)), Is.Null);

    [TestCase("http://example.com")]
    [TestCase("http://api.incident.io")]
    [TestCase("http://10.0.0.1:8080")]
    [TestCase("http://128.0.0.1")]
    [TestCase("http://[::2]")]
    [TestCase("http://localhost.example.com")]
    [TestCase("http://0.0.0.0:8765")]
    [TestCase("http://[::ffff:10.0.0.1]/")]
    public void Refusal_HttpToAnotherHost_SaysTheKeyWouldCrossInClearText(string baseUrl) =>
        Assert.That(BaseUrlPolicy.Refusal(new Uri(baseUrl)), Does.StartWith("base_url").And.Contain("the API key would cross the network in clear text; use https"));

    [Test]
    public void Refusal_HttpToAnotherHost_NamesTheSchemeAndAuthorityAndWhatIsAllowed() =>
        Assert.That(BaseUrlPolicy.Refusal(new Uri("http://example.com:8080/api")), Is.EqualTo(
            "base_url http://example.com:8080 uses plain http: the API key would cross the network in clear text; use https "
            + "(plain http is only allowed to a loopback host: localhost, 127.0.0.0/8 or [::1])"));

    [TestCase("ftp://api.incident.io")]
    [TestCase("ws://127.0.0.1")]
    [TestCase("mailto:ops@example.com")]
    public void Refusal_OtherScheme_NamesIt(string baseUrl)
    {
        var uri = new Uri(baseUrl);

        Assert.That(BaseUrlPolicy.Refusal(uri), Is.EqualTo($"base_url must be an http(s) URL, not {uri.Scheme}:"));
    }

    [Test]
    public void Refusal_HttpWithUserInfo_DoesNotRepeatTheUserInfo() =>
        Assert.That(BaseUrlPolicy.Refusal(new Uri("http://user:s3cret@example.com/")), Does.Not.Contain("s3cret").And.Contain("http://example.com"));
}
