using IncidentIo.Plugin.Actions.CreateFollowUp;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.CreateFollowUp;

[TestFixture]
public sealed class CreateFollowUpActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_Input_PostsThePayloadAndReads201()
    {
        Stub.Returns("POST", "/v2/follow_ups", 201, EscalationBodies.FollowUp);

        var output = await ActionRuns.OutputAsync(new CreateFollowUpAction(Clients), Stub.Connection(), new { incident_id = "I1", title = "Alert earlier", labels = new[] { "monitoring" } });

        Assert.Multiple(() =>
        {
            SentBodies.AssertBody(Stub.LastRequest, """{"incident_id":"I1","title":"Alert earlier","labels":["monitoring"]}""");
            Assert.That((string?)output["follow_up"]!["status"], Is.EqualTo("outstanding"));
        });
    }

    [Test]
    public async Task ExecuteAsync_ServiceUnavailable_IsNotRetriedWithoutAnIdempotencyKey()
    {
        Stub.Returns("POST", "/v2/follow_ups", 503);

        var error = await ActionRuns.ErrorAsync(new CreateFollowUpAction(Clients), Stub.Connection(), new { incident_id = "I1", title = "t" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ServerError));
            Assert.That(Stub.RequestCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ExecuteAsync_UnknownIncident_IsNotFoundNamingIt()
    {
        Stub.Returns("POST", "/v2/follow_ups", 404, IncidentIoErrorBodies.Of("not_found", 404, "not_found", "Not found"));

        var error = await ActionRuns.ErrorAsync(new CreateFollowUpAction(Clients), Stub.Connection(), new { incident_id = "I9", title = "t" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.NotFound));
            Assert.That(error.Message, Is.EqualTo("incident.io has no incident \"I9\" (404)"));
        });
    }
}
