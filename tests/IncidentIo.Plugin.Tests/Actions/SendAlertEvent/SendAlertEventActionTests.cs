using System.Text.Json.Nodes;
using IncidentIo.Plugin.Actions.SendAlertEvent;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.SendAlertEvent;

[TestFixture]
public sealed class SendAlertEventActionTests : StubFixture
{
    private const string EventsPath = "/v2/alert_events/http/" + AlertBodies.SourceId;

    [Test]
    public async Task ExecuteAsync_FiringEvent_PostsThePayloadWithTheSourceTokenNotTheApiKey()
    {
        Stub.Returns("POST", EventsPath, 202, AlertBodies.Accepted);
        var input = AlertBodies.Event();
        input["metadata"] = new JsonObject { ["service"] = "postgres" };

        var output = await ActionRuns.OutputAsync(new SendAlertEventAction(Clients), AlertBodies.Connection(Stub), input);

        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.Path, Is.EqualTo(EventsPath));
            Assert.That(Stub.LastRequest.Header("Authorization"), Is.EqualTo($"Bearer {AlertBodies.SourceToken}"));
            Assert.That(Stub.LastRequest.RawQuery ?? "", Is.Empty, "the token never goes in the URL");
            SentBodies.AssertBody(Stub.LastRequest, """{"title":"Disk full on db-1","status":"firing","deduplication_key":"db-1-disk-full","metadata":{"service":"postgres"}}""");
            Assert.That((string?)output["status"], Is.EqualTo("success"));
            Assert.That((string?)output["deduplication_key"], Is.EqualTo("db-1-disk-full"));
            Assert.That((string?)output["alert_source_config_id"], Is.EqualTo(AlertBodies.SourceId));
        });
    }

    [TestCase("Bearer " + AlertBodies.SourceToken, "Bearer " + AlertBodies.SourceToken, TestName = "ExecuteAsync_TokenAsBearerHeaderValue_IsSentAsIs")]
    [TestCase("Authorization: Bearer " + AlertBodies.SourceToken, "Bearer " + AlertBodies.SourceToken, TestName = "ExecuteAsync_TokenAsWholeHeaderLine_IsSentAsBearer")]
    [TestCase("https://api.incident.io/v2/alert_events/http/X?token=" + AlertBodies.SourceToken, "Bearer " + AlertBodies.SourceToken, TestName = "ExecuteAsync_TokenAsSourceUrl_IsSentAsBearerHeader")]
    [TestCase("Basic dXNlcjpzZWNyZXQ=", "Basic dXNlcjpzZWNyZXQ=", TestName = "ExecuteAsync_TokenAsBasicHeaderValue_IsSentAsBasic")]
    public async Task ExecuteAsync_PastedTokenForms_AreSentInTheAuthorizationHeader(string pasted, string header)
    {
        Stub.Returns("POST", EventsPath, 202, AlertBodies.Accepted);

        await ActionRuns.OutputAsync(new SendAlertEventAction(Clients), AlertBodies.Connection(Stub, pasted), AlertBodies.Event());

        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.Header("Authorization"), Is.EqualTo(header));
            Assert.That(Stub.LastRequest.RawQuery ?? "", Is.Empty);
        });
    }

    [Test]
    public async Task ExecuteAsync_SourceGivenAsItsUrl_PostsToItsId()
    {
        Stub.Returns("POST", EventsPath, 202, AlertBodies.Accepted);
        var input = AlertBodies.Event();
        input["alert_source_config_id"] = $"https://api.incident.io/v2/alert_events/http/{AlertBodies.SourceId}";

        await ActionRuns.OutputAsync(new SendAlertEventAction(Clients), AlertBodies.Connection(Stub), input);

        Assert.That(Stub.LastRequest.Path, Is.EqualTo(EventsPath));
    }

    [Test]
    public async Task ExecuteAsync_NoApiKeyButAToken_StillSends()
    {
        Stub.Returns("POST", EventsPath, 202, AlertBodies.Accepted);

        await ActionRuns.OutputAsync(new SendAlertEventAction(Clients), AlertBodies.Connection(Stub, apiKey: null), AlertBodies.Event());

        Assert.That(Stub.RequestCount, Is.EqualTo(1));
    }

    [Test]
    public async Task ExecuteAsync_NoToken_IsConfigurationWithoutRequestAndNeverFallsBackToTheApiKey()
    {
        var error = await ActionRuns.ErrorAsync(new SendAlertEventAction(Clients), AlertBodies.Connection(Stub, token: null), AlertBodies.Event());

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Configuration));
            Assert.That(error.Message, Does.Contain("alert_source_token"));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_UrlWithoutToken_IsConfigurationNotQuotingIt()
    {
        var pasted = "https://api.incident.io/v2/alert_events/http/" + AlertBodies.SourceId;

        var error = await ActionRuns.ErrorAsync(new SendAlertEventAction(Clients), AlertBodies.Connection(Stub, pasted), AlertBodies.Event());

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Configuration));
            Assert.That(error.Message, Does.Contain("token query parameter"));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_MissingKeyAndSource_OneDetailEachWithoutRequest()
    {
        var input = AlertBodies.Event();
        input.Remove("deduplication_key");
        input["alert_source_config_id"] = " ";

        var error = await ActionRuns.ErrorAsync(new SendAlertEventAction(Clients), AlertBodies.Connection(Stub), input);

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Details.Select(d => d.Field), Is.EquivalentTo(new[] { "/alert_source_config_id", "/deduplication_key" }));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_EveryInputProblem_OneDetailEachInOrderWithTheirWords()
    {
        var input = AlertBodies.Event();
        input["deduplication_key"] = "  ";
        input["alert_source_config_id"] = 7;
        input["metadata"] = "service=postgres";

        var error = await ActionRuns.ErrorAsync(new SendAlertEventAction(Clients), AlertBodies.Connection(Stub), input);

        Assert.Multiple(() =>
        {
            Assert.That(error.Details, Is.EqualTo(new[]
            {
                new ActionErrorDetail("/alert_source_config_id", "must be the alert source's id or its alert events URL", "is_required"),
                new ActionErrorDetail("/deduplication_key", "must be a non-empty string, stable per alert, so the resolved event finds the firing one", "is_required"),
                new ActionErrorDetail("/metadata", "must be a JSON object", "invalid_type"),
            }));
            Assert.That(error.Message, Is.EqualTo(
                "Invalid alert event: /alert_source_config_id must be the alert source's id or its alert events URL; "
                + "/deduplication_key must be a non-empty string, stable per alert, so the resolved event finds the firing one; /metadata must be a JSON object"));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_WrongTypeInThePayload_IsValidationFailedAtItsPointer()
    {
        var input = AlertBodies.Event();
        input["title"] = 7;

        var error = await ActionRuns.ErrorAsync(new SendAlertEventAction(Clients), AlertBodies.Connection(Stub), input);

        Assert.Multiple(() =>
        {
            Assert.That(error.Details.Select(d => (d.Field, d.Code)), Is.EqualTo(new[] { ("/title", "invalid_type") }));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_RejectedToken_IsUnauthorizedAndNeverEchoesTheToken()
    {
        Stub.Returns("POST", EventsPath, 401, $$"""{"type":"authentication_error","status":401,"errors":[{"code":"invalid","message":"bad token {{AlertBodies.SourceToken}}"}]}""");

        var error = await ActionRuns.ErrorAsync(new SendAlertEventAction(Clients), AlertBodies.Connection(Stub), AlertBodies.Event());

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Unauthorized));
            Assert.That(System.Text.Json.JsonSerializer.Serialize(error), Does.Not.Contain(AlertBodies.SourceToken));
        });
    }

    [Test]
    public async Task ExecuteAsync_ServiceUnavailableOnce_IsRetriedWithTheSameKey()
    {
        Stub.ReturnsInTurn("POST", EventsPath, r => r.WithStatusCode(503), r => r.WithStatusCode(202).WithHeader("Content-Type", "application/json").WithBody(AlertBodies.Accepted));

        await ActionRuns.OutputAsync(new SendAlertEventAction(Clients), AlertBodies.Connection(Stub), AlertBodies.Event());

        Assert.Multiple(() =>
        {
            Assert.That(Stub.RequestCount, Is.EqualTo(2));
            Assert.That(Stub.Server.LogEntries.Select(e => (string?)JsonNode.Parse(e.RequestMessage!.Body!)!["deduplication_key"]).Distinct(), Is.EqualTo(new[] { "db-1-disk-full" }));
        });
    }

    [Test]
    public async Task ExecuteAsync_UnknownSource_IsNotFoundNamingIt()
    {
        Stub.Returns("POST", EventsPath, 404, IncidentIoErrorBodies.Of("not_found", 404, "not_found", "Not found"));

        var error = await ActionRuns.ErrorAsync(new SendAlertEventAction(Clients), AlertBodies.Connection(Stub), AlertBodies.Event());

        Assert.That(error.Message, Is.EqualTo($"incident.io has no alert source \"{AlertBodies.SourceId}\" (404)"));
    }

    [Test]
    public async Task ExecuteAsync_InputNotAnObject_IsValidationFailedWithoutRequest()
    {
        await ActionRuns.NotAnObjectAsync(new SendAlertEventAction(Clients), Stub.Connection());

        Assert.That(Stub.RequestCount, Is.Zero);
    }
}
