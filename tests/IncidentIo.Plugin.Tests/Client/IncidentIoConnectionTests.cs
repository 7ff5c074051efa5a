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

    private const string KeyHint =
        "Set the connection's api_key. In the sandbox: export INCIDENTIO_API_KEY, or pass --api-key-file <file>, or run offline against the simulator with --simulate. "
        + "Create a key in incident.io under Settings → API keys.";

    private const string BaseUrlHint =
        "Leave base_url empty for https://api.incident.io/, or give the https URL of a proxy, or the http URL of a simulator on this machine.";

    private const string TokenHint =
        "Set the connection's alert_source_token (the sandbox reads INCIDENTIO_ALERT_SOURCE_TOKEN): the secret of the HTTP alert source, "
        + "shown with its URL in incident.io under Alerts → Sources. It is not the API key.";

    [TestCase(null)]
    [TestCase(" ")]
    public void TryRead_NoUsableApiKey_HintSaysWhereToSetAndCreateOne(string? key)
    {
        IncidentIoConnection.TryRead(Connections.To(null, key), out _, out var error);

        Assert.That(error!.Hint, Is.EqualTo(KeyHint));
    }

    [TestCase("not a url")]
    [TestCase("/relative")]
    [TestCase("file:///etc/passwd")]
    public void TryRead_BaseUrlNotAnAbsoluteHttpUrl_SaysSoAndHowToFixIt(string baseUrl)
    {
        IncidentIoConnection.TryRead(Connections.To(baseUrl, "k"), out var connection, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(connection, Is.Null);
            Assert.That(error!.Message, Is.EqualTo("base_url is not an absolute http(s) URL"));
            Assert.That(error.Hint, Is.EqualTo(BaseUrlHint));
        });
    }

    [Test]
    public void TryRead_BaseUrlThePolicyRefuses_HasTheBaseUrlHint()
    {
        IncidentIoConnection.TryRead(Connections.To("ftp://api.incident.io", "k"), out var connection, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(connection, Is.Null);
            Assert.That(error!.Hint, Is.EqualTo(BaseUrlHint));
        });
    }

    [Test]
    public void TryRead_BaseUrlWithSpaces_IsTrimmed()
    {
        IncidentIoConnection.TryRead(Connections.To("  https://proxy.example/incidentio  ", "k"), out var connection, out _);

        Assert.That(connection!.BaseUrl, Is.EqualTo(new Uri("https://proxy.example/incidentio")));
    }

    [Test]
    public void TryRead_ApiKey_IsTheBearerCredential()
    {
        IncidentIoConnection.TryRead(Connections.To(null, "inc-key"), out var connection, out _);

        Assert.Multiple(() =>
        {
            Assert.That(connection!.Credential.Reveal(), Is.EqualTo("inc-key"));
            Assert.That(connection.Scheme, Is.EqualTo("Bearer"));
        });
    }

    [TestCase("ast_1", "Bearer", "ast_1")]
    [TestCase("Basic dXNlcjpwdw==", "Basic", "dXNlcjpwdw==")]
    public void TryRead_AlertSourceToken_IsTheCredentialWithItsSchemeNotTheApiKey(string token, string scheme, string secret)
    {
        var ok = IncidentIoConnection.TryRead(TokenConnection(token), ApiCredential.AlertSourceToken, out var connection, out var error);

        Assert.That(ok, Is.True, error?.Message);
        Assert.Multiple(() =>
        {
            Assert.That(connection!.Credential.Reveal(), Is.EqualTo(secret));
            Assert.That(connection.Scheme, Is.EqualTo(scheme));
            Assert.That(connection.BaseUrl, Is.EqualTo(new Uri("https://api.incident.io")));
        });
    }

    [TestCase(null)]
    [TestCase("  ")]
    public void TryRead_NoAlertSourceToken_IsConfigurationSayingWhatIsNeeded(string? token)
    {
        var ok = IncidentIoConnection.TryRead(TokenConnection(token), ApiCredential.AlertSourceToken, out var connection, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.False);
            Assert.That(connection, Is.Null);
            Assert.That(error!.Code, Is.EqualTo(ActionErrorCodes.Configuration));
            Assert.That(error.Message, Is.EqualTo("alert_source_token is not set: sending alert events needs the alert source's own secret"));
            Assert.That(error.Hint, Is.EqualTo(TokenHint));
        });
    }

    [Test]
    public void TryRead_UnreadableAlertSourceToken_IsConfigurationWithTheTokenHint()
    {
        var ok = IncidentIoConnection.TryRead(TokenConnection("Bearer"), ApiCredential.AlertSourceToken, out var connection, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.False);
            Assert.That(connection, Is.Null);
            Assert.That(error!.Message, Is.EqualTo("alert_source_token is blank or not a secret, an Authorization header value or an alert source URL"));
            Assert.That(error.Hint, Is.EqualTo(TokenHint));
        });
    }

    [Test]
    public void TryRead_AlertSourceTokenWithABadBaseUrl_IsTheBaseUrlError()
    {
        var ok = IncidentIoConnection.TryRead(TokenConnection("ast_1", "http://example.com"), ApiCredential.AlertSourceToken, out var connection, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.False);
            Assert.That(connection, Is.Null);
            Assert.That(error!.Message, Does.StartWith("base_url"));
        });
    }

    private static ActionConnection TokenConnection(string? token, string? baseUrl = null)
    {
        var secrets = new Dictionary<string, SecretValue> { ["api_key"] = new("inc-key") };
        if (token is not null)
        {
            secrets["alert_source_token"] = new SecretValue(token);
        }

        return new ActionConnection(baseUrl is null ? new Dictionary<string, string>() : new() { ["base_url"] = baseUrl }, secrets);
    }
}
