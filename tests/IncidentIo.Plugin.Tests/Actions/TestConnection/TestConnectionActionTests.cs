using IncidentIo.Plugin.Actions.TestConnection;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.TestConnection;

[TestFixture]
public sealed class TestConnectionActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_KeyWorks_IsValidWithTheSeverityCount()
    {
        Stub.Returns("GET", "/v1/severities", 200, """
            {"severities":[
              {"id":"S1","name":"Minor","description":"","rank":1,"created_at":"2021-08-17T13:28:57Z","updated_at":"2021-08-17T13:28:57Z"},
              {"id":"S2","name":"Major","description":"","rank":2,"created_at":"2021-08-17T13:28:57Z","updated_at":"2021-08-17T13:28:57Z"}]}
            """);

        var output = await ActionRuns.OutputAsync(new TestConnectionAction(Clients), Stub.Connection());

        Assert.Multiple(() =>
        {
            Assert.That((bool?)output["valid"], Is.True);
            Assert.That((int?)output["severity_count"], Is.EqualTo(2));
            Assert.That((string?)output["message"], Does.Contain("2 found"));
            Assert.That(Stub.LastRequest.Path, Is.EqualTo("/v1/severities"));
        });
    }

    [TestCase(null, ActionErrorCodes.Configuration, "api_key is null")]
    [TestCase(" ", ActionErrorCodes.Configuration, "No valid API key available")]
    public async Task ExecuteAsync_NoUsableKey_FailsBeforeAnyRequest(string? key, string code, string message)
    {
        var error = await ActionRuns.ErrorAsync(new TestConnectionAction(Clients), Stub.Connection(key));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(code));
            Assert.That(error.Message, Is.EqualTo(message));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [TestCase(401, ActionErrorCodes.Unauthorized, "Invalid Incident.io API key (401)")]
    [TestCase(403, ActionErrorCodes.Forbidden, "API key does not have permission to list severities (403)")]
    public async Task ExecuteAsync_KeyRejected_FailsWithTheSeedMessage(int status, string code, string message)
    {
        Stub.Returns("GET", "/v1/severities", status, IncidentIoErrorBodies.Of("authentication_error", status, "x", "y"));

        var error = await ActionRuns.ErrorAsync(new TestConnectionAction(Clients), Stub.Connection());

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(code));
            Assert.That(error.Message, Is.EqualTo(message));
            Assert.That(error.Hint, Is.Not.Null.And.Not.Empty);
        });
    }
}
