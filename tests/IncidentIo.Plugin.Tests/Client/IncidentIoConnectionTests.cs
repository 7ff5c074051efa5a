using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Client;

[TestFixture]
public sealed class IncidentIoConnectionTests
{
    [Test]
    public void TryRead_NoApiKey_IsConfigurationErrorApiKeyIsNull()
    {
        var ok = IncidentIoConnection.TryRead(Connections.To(null, null), out _, out var error);

        Assert.That(ok, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(error!.Code, Is.EqualTo(ActionErrorCodes.Configuration));
            Assert.That(error.Message, Is.EqualTo("api_key is null"));
            Assert.That(error.Hint, Does.Contain("INCIDENTIO_API_KEY"));
            Assert.That(error.Retryable, Is.False);
        });
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\t\n")]
    public void TryRead_BlankApiKey_IsConfigurationErrorNoValidApiKey(string key)
    {
        var ok = IncidentIoConnection.TryRead(Connections.To(null, key), out _, out var error);

        Assert.That(ok, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(error!.Code, Is.EqualTo(ActionErrorCodes.Configuration));
            Assert.That(error.Message, Is.EqualTo("No valid API key available"));
        });
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void TryRead_NoBaseUrl_UsesTheDefault(string? baseUrl)
    {
        IncidentIoConnection.TryRead(Connections.To(baseUrl, "k"), out var connection, out _);

        Assert.That(connection!.BaseUrl, Is.EqualTo(new Uri("https://api.incident.io")));
    }

    [TestCase("not a url")]
    [TestCase("ftp://api.incident.io")]
    [TestCase("/relative")]
    [TestCase("file:///etc/passwd")]
    public void TryRead_BadBaseUrl_IsConfigurationError(string baseUrl)
    {
        var ok = IncidentIoConnection.TryRead(Connections.To(baseUrl, "k"), out _, out var error);

        Assert.That(ok, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(error!.Code, Is.EqualTo(ActionErrorCodes.Configuration));
            Assert.That(error.Message, Does.StartWith("base_url"));
        });
    }

    [TestCase("http://example.com")]
    [TestCase("http://api.incident.io/")]
    public void TryRead_CleartextBaseUrlToAnotherHost_IsConfigurationErrorWithoutTheKey(string baseUrl)
    {
        const string key = "inc-CLEARTEXT-CANARY-7731";

        var ok = IncidentIoConnection.TryRead(Connections.To(baseUrl, key), out _, out var error);

        Assert.That(ok, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(error!.Code, Is.EqualTo(ActionErrorCodes.Configuration));
            Assert.That(error.Message, Does.StartWith("base_url").And.Contain("the API key would cross the network in clear text; use https"));
            Assert.That(error.Hint, Does.Contain("https"));
            Assert.That($"{error.Message} {error.Hint}", Does.Not.Contain(key).And.Not.Contain("7731"));
        });
    }

    [TestCase("http://127.0.0.1:8765")]
    [TestCase("http://localhost")]
    [TestCase("http://[::1]:8765/")]
    [TestCase("https://api.incident.io")]
    [TestCase("https://proxy.example/incidentio")]
    public void TryRead_HttpsOrLoopbackHttp_IsAccepted(string baseUrl)
    {
        var ok = IncidentIoConnection.TryRead(Connections.To(baseUrl, "k"), out var connection, out var error);

        Assert.That(ok, Is.True, error?.Message);
        Assert.That(connection!.BaseUrl, Is.EqualTo(new Uri(baseUrl)));
    }
}
