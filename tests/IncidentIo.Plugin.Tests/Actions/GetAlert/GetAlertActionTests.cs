using IncidentIo.Plugin.Actions.GetAlert;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.GetAlert;

[TestFixture]
public sealed class GetAlertActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_AlertId_GetsTheAlertWithTheApiKeyAndKeepsItsShape()
    {
        Stub.Returns("GET", "/v2/alerts/*", 200, AlertBodies.Show());

        var output = await ActionRuns.OutputAsync(new GetAlertAction(Clients), Stub.Connection(), new { alert_id = $" {AlertBodies.AlertId} " });

        var alert = output["alert"]!;
        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.Path, Is.EqualTo($"/v2/alerts/{AlertBodies.AlertId}"));
            Assert.That(Stub.LastRequest.Header("Authorization"), Is.EqualTo($"Bearer {IncidentIoStub.ApiKey}"));
            Assert.That((string?)alert["status"], Is.EqualTo("firing"));
            Assert.That((string?)alert["attributes"]![0]!["value"]!["literal"], Is.EqualTo("postgres"), "attributes pass through as sent");
            Assert.That(alert.AsObject().ContainsKey("resolved_at"), Is.False);
        });
    }

    [Test]
    public async Task ExecuteAsync_UnknownAlert_IsNotFoundNamingIt()
    {
        Stub.Returns("GET", "/v2/alerts/*", 404, IncidentIoErrorBodies.Of("not_found", 404, "not_found", "Not found"));

        var error = await ActionRuns.ErrorAsync(new GetAlertAction(Clients), Stub.Connection(), new { alert_id = "nope" });

        Assert.That(error.Message, Is.EqualTo("incident.io has no alert \"nope\" (404)"));
    }

    [Test]
    public async Task ExecuteAsync_BlankAlertId_IsValidationFailedWithoutRequest()
    {
        var error = await ActionRuns.ErrorAsync(new GetAlertAction(Clients), Stub.Connection(), new { alert_id = " " });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Message, Is.EqualTo("alert_id is required: the alert's id"));
            Assert.That(error.Details.Single().Field, Is.EqualTo("/alert_id"));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }
}
