using IncidentIo.Plugin.Actions.GetEscalation;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.GetEscalation;

[TestFixture]
public sealed class GetEscalationActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_Id_GetsTheEscalationByItsTrimmedId()
    {
        Stub.Returns("GET", $"/v2/escalations/{EscalationBodies.Id}", 200, EscalationBodies.Created);

        var output = await ActionRuns.OutputAsync(new GetEscalationAction(Clients), Stub.Connection(), new { escalation_id = $" {EscalationBodies.Id} " });

        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.Path, Is.EqualTo($"/v2/escalations/{EscalationBodies.Id}"));
            Assert.That((string?)output["escalation"]!["id"], Is.EqualTo(EscalationBodies.Id));
            Assert.That((string?)output["escalation"]!["status"], Is.EqualTo("triggered"));
        });
    }

    [Test]
    public async Task ExecuteAsync_UnknownEscalation_IsNotFoundNamingIt()
    {
        Stub.Returns("GET", "/v2/escalations/*", 404, IncidentIoErrorBodies.Of("not_found", 404, "not_found", "Not found"));

        var error = await ActionRuns.ErrorAsync(new GetEscalationAction(Clients), Stub.Connection(), new { escalation_id = "nope" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.NotFound));
            Assert.That(error.Message, Is.EqualTo("incident.io has no escalation \"nope\" (404)"));
        });
    }

    [Test]
    public async Task ExecuteAsync_BlankId_IsValidationFailedNamingItWithoutRequest()
    {
        var error = await ActionRuns.ErrorAsync(new GetEscalationAction(Clients), Stub.Connection(), new { escalation_id = " " });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Message, Is.EqualTo("escalation_id is required: the escalation's id"));
            Assert.That(error.Details.Single().Field, Is.EqualTo("/escalation_id"));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }
}
