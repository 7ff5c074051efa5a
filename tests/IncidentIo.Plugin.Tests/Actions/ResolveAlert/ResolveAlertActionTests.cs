using IncidentIo.Plugin.Actions.ResolveAlert;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.ResolveAlert;

[TestFixture]
public sealed class ResolveAlertActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_AlertId_PostsResolveWithoutBodyAndReturnsTheAlert()
    {
        Stub.Returns("POST", $"/v2/alerts/{AlertBodies.AlertId}/actions/resolve", 200, AlertBodies.Show("resolved"));

        var output = await ActionRuns.OutputAsync(new ResolveAlertAction(Clients), Stub.Connection(), new { alert_id = AlertBodies.AlertId });

        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.Method, Is.EqualTo("POST"));
            Assert.That(Stub.LastRequest.Body ?? "", Is.Empty);
            Assert.That((string?)output["alert"]!["status"], Is.EqualTo("resolved"));
        });
    }

    [Test]
    public async Task ExecuteAsync_SourceResolvedUpstream_IsValidationFailedWithIncidentIosWords()
    {
        Stub.Returns("POST", "/v2/alerts/*", 422, IncidentIoErrorBodies.Of("validation_error", 422, "invalid_value", "Only Datadog can resolve this alert"));

        var error = await ActionRuns.ErrorAsync(new ResolveAlertAction(Clients), Stub.Connection(), new { alert_id = AlertBodies.AlertId });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Message, Does.Contain("Only Datadog can resolve this alert"));
        });
    }

    [Test]
    public async Task ExecuteAsync_UnknownAlert_IsNotFoundNamingIt()
    {
        Stub.Returns("POST", "/v2/alerts/*", 404, IncidentIoErrorBodies.Of("not_found", 404, "not_found", "Not found"));

        var error = await ActionRuns.ErrorAsync(new ResolveAlertAction(Clients), Stub.Connection(), new { alert_id = "nope" });

        Assert.That(error.Message, Is.EqualTo("incident.io has no alert \"nope\" (404)"));
    }

    [Test]
    public async Task ExecuteAsync_NoAlertId_IsValidationFailedSayingWhatItTakesWithoutRequest()
    {
        var error = await ActionRuns.ErrorAsync(new ResolveAlertAction(Clients), Stub.Connection(), new { });

        Assert.Multiple(() =>
        {
            Assert.That((error.Code, error.Message, error.Details.Single().Field), Is.EqualTo((ActionErrorCodes.ValidationFailed, "alert_id is required: the alert's id", "/alert_id")));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }
}
