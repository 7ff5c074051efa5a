using IncidentIo.Plugin.Actions.CancelEscalation;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.CancelEscalation;

[TestFixture]
public sealed class CancelEscalationActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_EmptyOk_ConfirmsTheCancelledEscalation()
    {
        Stub.Returns("POST", $"/v2/escalations/{EscalationBodies.Id}/actions/cancel", 200);

        var output = await ActionRuns.OutputAsync(new CancelEscalationAction(Clients), Stub.Connection(), new { escalation_id = EscalationBodies.Id });

        Assert.Multiple(() =>
        {
            Assert.That((string?)output["escalation_id"], Is.EqualTo(EscalationBodies.Id));
            Assert.That((bool?)output["cancelled"], Is.True);
        });
    }

    [Test]
    public async Task ExecuteAsync_UnknownEscalation_IsNotFoundNamingIt()
    {
        Stub.Returns("POST", "/v2/escalations/*", 404, IncidentIoErrorBodies.Of("not_found", 404, "not_found", "Not found"));

        var error = await ActionRuns.ErrorAsync(new CancelEscalationAction(Clients), Stub.Connection(), new { escalation_id = "nope" });

        Assert.That(error.Message, Is.EqualTo("incident.io has no escalation \"nope\" (404)"));
    }

    [Test]
    public async Task ExecuteAsync_BlankId_IsValidationFailedNamingItWithoutRequest()
    {
        var error = await ActionRuns.ErrorAsync(new CancelEscalationAction(Clients), Stub.Connection(), new { escalation_id = "" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Message, Is.EqualTo("escalation_id is required: the escalation's id"));
            Assert.That(error.Details.Single().Field, Is.EqualTo("/escalation_id"));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }
}
