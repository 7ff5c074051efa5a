using System.Text.Json;
using IncidentIo.Plugin.Actions.CreateIncident;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.CreateIncident;

[TestFixture]
public sealed class AmbiguousCreateTests
{
    private static readonly ActionError Timeout = new()
    {
        Code = ActionErrorCodes.Timeout,
        Message = "incident.io did not answer in time",
        OutcomeUnknown = true,
        Details = [new ActionErrorDetail(null, "attempt 1 timed out", "timeout")],
    };

    [Test]
    public void Explain_Error_SaysTheIncidentMayExistNamesTheKeyAndKeepsTheRest()
    {
        var explained = AmbiguousCreate.Explain(Timeout, JsonDocument.Parse("""{"name":"Disk full","idempotency_key":"old"}""").RootElement, "K-1");

        Assert.Multiple(() =>
        {
            Assert.That(explained.Code, Is.EqualTo(ActionErrorCodes.Timeout));
            Assert.That(explained.OutcomeUnknown, Is.True);
            Assert.That(explained.Message, Is.EqualTo(
                "incident.io did not answer in time. The incident may exist: an attempt reached incident.io and its answer never came back. "
                + "It was sent with idempotency_key 'K-1'."));
            Assert.That(explained.Hint, Is.EqualTo(
                "Running create_incident again with idempotency_key 'K-1' is safe: incident.io returns the incident it created instead of "
                + "opening a second one. A run without that key derives a new one and may open a duplicate."));
            Assert.That(explained.Details, Is.EqualTo(new[]
            {
                new ActionErrorDetail(null, "attempt 1 timed out", "timeout"),
                new ActionErrorDetail("/idempotency_key", "sent as 'K-1'; run again with it", "outcome_unknown"),
            }));
            Assert.That(explained.SafeRetryInput!.Value.GetRawText(), Is.EqualTo("""{"name":"Disk full","idempotency_key":"K-1"}"""));
        });
    }

    [Test]
    public void Explain_InputNotAnObject_RetryInputHoldsOnlyTheKey() =>
        Assert.That(
            AmbiguousCreate.Explain(Timeout, JsonDocument.Parse("[]").RootElement, "K-1").SafeRetryInput!.Value.GetRawText(),
            Is.EqualTo("""{"idempotency_key":"K-1"}"""));
}
