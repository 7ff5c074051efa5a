using IncidentIo.Plugin.Client;

namespace IncidentIo.Plugin.Tests.Client;

[TestFixture]
public sealed class AlertSourceTokenTests
{
    [TestCase("s3cret", "Bearer", "s3cret", TestName = "TryParse_Secret_IsBearer")]
    [TestCase(" bearer s3cret ", "Bearer", "s3cret", TestName = "TryParse_BearerValueAnyCase_IsBearer")]
    [TestCase("Authorization: Bearer s3cret", "Bearer", "s3cret", TestName = "TryParse_HeaderLine_IsBearer")]
    [TestCase("Basic dTpz", "Basic", "dTpz", TestName = "TryParse_BasicValue_IsBasic")]
    [TestCase("https://api.incident.io/v2/alert_events/http/ID?token=s3cret", "Bearer", "s3cret", TestName = "TryParse_UrlWithToken_IsBearer")]
    [TestCase("http://127.0.0.1:8765/v2/alert_events/http/ID?token=s3cret", "Bearer", "s3cret", TestName = "TryParse_HttpUrlWithToken_IsBearer")]
    [TestCase("Bearer   s3cret", "Bearer", "s3cret", TestName = "TryParse_SchemeAndSecretApartBySpaces_IsThatScheme")]
    [TestCase("Basically42", "Bearer", "Basically42", TestName = "TryParse_SecretStartingWithASchemeName_IsBearer")]
    public void TryParse_AcceptedForm_GivesSchemeAndSecret(string value, string scheme, string secret)
    {
        var ok = AlertSourceToken.TryParse(value, out var token, out var problem);

        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.True, problem);
            Assert.That(token, Is.EqualTo((scheme, secret)));
            Assert.That(problem, Is.Null);
        });
    }

    [TestCase("https://api.incident.io/v2/alert_events/http/ID", TestName = "TryParse_UrlWithoutToken_Fails")]
    [TestCase("Bearer ", TestName = "TryParse_BearerWithoutSecret_Fails")]
    [TestCase("Basic", TestName = "TryParse_BasicWithoutSecret_Fails")]
    [TestCase("two words", TestName = "TryParse_TextWithSpaces_Fails")]
    [TestCase("Bearer two words", TestName = "TryParse_SchemeAndTextWithSpaces_Fails")]
    [TestCase("Bearer Basic dTpz", TestName = "TryParse_SchemeBeforeAnotherScheme_Fails")]
    [TestCase("   ", TestName = "TryParse_Blank_Fails")]
    public void TryParse_Unusable_FailsWithoutQuotingTheValue(string value)
    {
        var ok = AlertSourceToken.TryParse(value, out _, out var problem);

        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.False);
            Assert.That(problem, Does.StartWith("alert_source_token"));
            Assert.That(value.Trim().Length == 0 || !problem!.Contains(value.Trim(), StringComparison.Ordinal), Is.True, problem);
        });
    }
}
