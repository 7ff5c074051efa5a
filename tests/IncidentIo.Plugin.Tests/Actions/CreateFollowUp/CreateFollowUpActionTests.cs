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

    // The follow-up exists once incident.io answered 201: an answer lacking a field the output needs must not report it lost
    // (the operation has no idempotency key, so a failed step run again would add a second follow-up).
    [Test]
    public async Task ExecuteAsync_201WithoutTheTitle_SucceedsWithTheFollowUpAndAWarningNamingIt()
    {
        Stub.Returns("POST", "/v2/follow_ups", 201, EscalationBodies.FollowUp.Replace("\"title\":\"Alert earlier\",", "", StringComparison.Ordinal));

        var result = await new CreateFollowUpAction(Clients).ExecuteAsync(Connections.Context(Stub.Connection(), new { incident_id = "I1", title = "t" }), CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True, () => result.Error!.Message);
        Assert.Multiple(() =>
        {
            Assert.That(result.Output!.Value.GetProperty("follow_up").GetProperty("id").GetString(), Is.EqualTo("F1"));
            Assert.That(result.Warnings.Select(w => (w.Field, w.Code)), Does.Contain(("/follow_up", "partial_response")).And.Contain(("/follow_up/title", "required")));
        });
    }
}
