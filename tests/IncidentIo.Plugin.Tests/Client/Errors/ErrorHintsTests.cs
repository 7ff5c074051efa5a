using IncidentIo.Plugin.Client.Errors;

namespace IncidentIo.Plugin.Tests.Client.Errors;

// The hints are what a workflow builder reads to fix a failure: their exact words are behaviour.
[TestFixture]
public sealed class ErrorHintsTests
{
    [TestCase(1, "The request was not retried")]
    [TestCase(2, "The request was retried 1 times (2 attempts)")]
    [TestCase(4, "The request was retried 3 times (4 attempts)")]
    public void Tried_Attempts_SaysHowOftenItWasRetried(int attempts, string expected) =>
        Assert.That(ErrorHints.Tried(attempts), Is.EqualTo(expected));

    [Test]
    public void Forbidden_WithAScope_NamesThePermissionsAndTheScope() =>
        Assert.That(ErrorHints.Forbidden("incidents.view"), Is.EqualTo(
            "In incident.io (Settings → API keys) give the key the permissions this plugin needs: read access to Severities, "
            + "Incident Statuses, Incident Types and Incidents (\"View data\"), and Incidents write access (\"Create incidents\", "
            + "\"Edit incidents\"). This call needs scope incidents.view."));

    [Test]
    public void Forbidden_WithoutAScope_EndsAfterThePermissions() =>
        Assert.That(ErrorHints.Forbidden(null), Does.EndWith("\"Edit incidents\").").And.Not.Contain("scope"));

    [Test]
    public void RateLimited_Attempts_SaysHowItWaitedAndWhatTheLimitIs() =>
        Assert.That(ErrorHints.RateLimited(3), Is.EqualTo(
            "The request was retried 2 times (3 attempts), waiting as long as incident.io's Retry-After asked. The default limit "
            + "is 1200 requests per minute per API key; spread the workflow's calls out or run the step again later."));

    [Test]
    public void RemoteTrouble_WithARequestId_PointsToTheStatusPageAndQuotesIt() =>
        Assert.That(ErrorHints.RemoteTrouble(1, "r-1"), Is.EqualTo(
            "The request was not retried. Try again later and check https://status.incident.io. "
            + "If it persists, quote request id r-1 to incident.io support."));

    [Test]
    public void RemoteTrouble_WithoutARequestId_EndsAtTheStatusPage() =>
        Assert.That(ErrorHints.RemoteTrouble(1, null), Is.EqualTo("The request was not retried. Try again later and check https://status.incident.io."));

    [Test]
    public void QuoteRequestId_RequestId_IsOneSentence() =>
        Assert.That(ErrorHints.QuoteRequestId("r-1"), Is.EqualTo("If it persists, quote request id r-1 to incident.io support."));

    [Test]
    public void QuoteRequestId_None_IsNull() =>
        Assert.That(ErrorHints.QuoteRequestId(null), Is.Null);
}
