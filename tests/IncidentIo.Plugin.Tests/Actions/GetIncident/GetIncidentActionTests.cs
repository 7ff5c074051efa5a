using IncidentIo.Plugin.Actions.GetIncident;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.GetIncident;

[TestFixture]
public sealed class GetIncidentActionTests : StubFixture
{
    [TestCase(IncidentBodies.Id, "/v2/incidents/" + IncidentBodies.Id, TestName = "ExecuteAsync_FullId_IsSentAsIs")]
    [TestCase("123", "/v2/incidents/123", TestName = "ExecuteAsync_NumericReference_IsSentAsIs")]
    [TestCase("INC-123", "/v2/incidents/123", TestName = "ExecuteAsync_Reference_IsSentAsItsNumber")]
    [TestCase(" inc-123 ", "/v2/incidents/123", TestName = "ExecuteAsync_LowercaseReferenceWithBlanks_IsSentAsItsNumber")]
    public async Task ExecuteAsync_IncidentId_GetsTheIncidentAtTheRightPath(string incidentId, string path)
    {
        Stub.Returns("GET", "/v2/incidents/*", 200, IncidentBodies.Show);

        var output = await ActionRuns.OutputAsync(new GetIncidentAction(Clients), Stub.Connection(), new { incident_id = incidentId });

        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.Method, Is.EqualTo("GET"));
            Assert.That(Stub.LastRequest.Path, Is.EqualTo(path));
            Assert.That(Stub.LastRequest.Header("Authorization"), Is.EqualTo($"Bearer {IncidentIoStub.ApiKey}"));
            Assert.That((string?)output["incident"]!["id"], Is.EqualTo(IncidentBodies.Id));
        });
    }

    [Test]
    public async Task ExecuteAsync_Incident_OutputKeepsTheApiShape()
    {
        Stub.Returns("GET", "/v2/incidents/*", 200, IncidentBodies.Show);

        var incident = (await ActionRuns.OutputAsync(new GetIncidentAction(Clients), Stub.Connection(), new { incident_id = "123" }))["incident"]!;

        Assert.Multiple(() =>
        {
            Assert.That((string?)incident["reference"], Is.EqualTo("INC-123"));
            Assert.That((string?)incident["incident_status"]!["category"], Is.EqualTo("live"));
            Assert.That((string?)incident["severity"]!["name"], Is.EqualTo("Minor"));
            Assert.That((string?)incident["creator"]!["api_key"]!["name"], Is.EqualTo("Workflow key"));
            Assert.That((string?)incident["permalink"], Is.EqualTo("https://app.incident.io/incidents/123"));
            Assert.That(incident.AsObject().ContainsKey("slack_channel_id"), Is.False, "absent right after creation, and not required");
            Assert.That(incident.AsObject().ContainsKey("incident_type"), Is.False, "optional fields are left out, not null");
        });
    }

    [Test]
    public async Task ExecuteAsync_UnknownIncident_IsNotFoundNamingIt()
    {
        Stub.Returns("GET", "/v2/incidents/*", 404, IncidentIoErrorBodies.Of("not_found", 404, "not_found", "Not found"));

        var error = await ActionRuns.ErrorAsync(new GetIncidentAction(Clients), Stub.Connection(), new { incident_id = "INC-999" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.NotFound));
            Assert.That(error.Message, Is.EqualTo("incident.io has no incident \"INC-999\" (404)"));
            Assert.That(error.RequestId, Is.EqualTo(IncidentIoErrorBodies.RequestId));
        });
    }

    [TestCase(null, TestName = "ExecuteAsync_NoIncidentId_IsValidationFailedWithoutRequest")]
    [TestCase("  ", TestName = "ExecuteAsync_BlankIncidentId_IsValidationFailedWithoutRequest")]
    public async Task ExecuteAsync_MissingIncidentId_IsValidationFailedWithoutRequest(string? incidentId)
    {
        var error = await ActionRuns.ErrorAsync(new GetIncidentAction(Clients), Stub.Connection(), new { incident_id = incidentId });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Details.Single().Field, Is.EqualTo("/incident_id"));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_NoIncidentId_IsValidationFailedSayingWhatItTakes()
    {
        var error = await ActionRuns.ErrorAsync(new GetIncidentAction(Clients), Stub.Connection(), new { });

        var detail = error.Details.Single();
        Assert.Multiple(() =>
        {
            Assert.That(
                (error.Code, error.Message),
                Is.EqualTo((ActionErrorCodes.ValidationFailed, "incident_id is required: the incident's id, the number of its reference (123) or the reference (INC-123)")));
            Assert.That((detail.Field, detail.Message, detail.Code), Is.EqualTo(("/incident_id", "must be a non-empty string", "is_required")));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }
}
