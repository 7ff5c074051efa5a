using System.Text.Json;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using IncidentIo.Plugin.Tests.Support;
using RestSharp;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Client;

[TestFixture]
public sealed class IncidentIoClientTests : StubFixture
{
    private const string OneSeverity =
        """{"severities":[{"id":"S1","name":"Minor","description":"d","rank":1,"created_at":"2021-08-17T13:28:57.801578Z","updated_at":"2021-08-17T13:28:57.801578Z"}]}""";

    // An operation with its own limit of one call a minute (as create escalation has 60).
    private static readonly ApiOperation OncePerMinute = new(Method.Post, "/v2/limited", "page someone", null, SafeToRetry: false, PerMinuteLimit: 1);

    [Test]
    public async Task SendAsync_ListSeverities_SendsGetWithBearerKeyJsonAcceptAndUserAgent()
    {
        // A factory of its own: the client, and the default headers it sets up, is built inside this test.
        using var clients = new IncidentIoClientFactory(IncidentIoStub.FastOptions);
        Stub.Returns("GET", "/v1/severities", 200, OneSeverity);

        await clients.SendAsync<SeveritiesListResultV1>(Stub.Connection(), new ApiRequest(IncidentIoOperations.ListSeverities), CancellationToken.None);

        var request = Stub.LastRequest;
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("GET"));
            Assert.That(request.Path, Is.EqualTo("/v1/severities"));
            Assert.That(request.Header("Authorization"), Is.EqualTo($"Bearer {IncidentIoStub.ApiKey}"));
            Assert.That(request.Header("Accept"), Is.EqualTo("application/json"));
            Assert.That(request.Header("User-Agent"), Does.StartWith("IncidentIo.Plugin/0.1.0"));
        });
    }

    [Test]
    public async Task SendAsync_Redirect_IsReportedWithoutFollowingIt()
    {
        using var clients = new IncidentIoClientFactory(IncidentIoStub.FastOptions);
        Stub.Returns("GET", "/v1/severities", 302, null, ("Location", Stub.Url + "/v1/elsewhere"));
        Stub.Returns("GET", "/v1/elsewhere", 200, OneSeverity);

        var response = await clients.SendAsync<SeveritiesListResultV1>(
            Stub.Connection(), new ApiRequest(IncidentIoOperations.ListSeverities), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(response.IsSuccess, Is.False);
            Assert.That(response.Error!.Code, Is.EqualTo(ActionErrorCodes.RequestFailed));
            Assert.That(response.Error.HttpStatus, Is.EqualTo(302));
            Assert.That(response.Error.Message, Is.EqualTo(
                $"incident.io answered the request to list severities with a redirect (HTTP 302 to {Stub.Url}/v1/elsewhere), which is not followed"));
            Assert.That(SentTo("/v1/elsewhere"), Is.Zero, "the redirect was followed");
        });
    }

    [Test]
    public async Task SendAsync_PathThatIsNoUrl_IsRefusedAsUnreadableWithoutAnyRequest()
    {
        // Port 99999 does not exist, so System.Uri cannot read the URL the request would go to.
        var operation = new ApiOperation(Method.Get, "http://elsewhere.example:99999/v1/identity", "call the API", null, SafeToRetry: true);

        var response = await Clients.SendAsync<JsonElement>(Stub.Connection(), new ApiRequest(operation), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(response.Error!.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(response.Error.Message, Is.EqualTo(
                $"Refused to call the API: the request would go to an unreadable URL, outside the connection's base_url {Stub.Url}/"));
            Assert.That(response.Error.HttpAttempts, Is.Zero);
            Assert.That(Stub.Requests.Where(r => r.Path.EndsWith("/v1/identity", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [Test]
    public async Task SendAsync_RequestResolvingToAnotherHost_RefusalNamesThatUrlWithoutItsQuery()
    {
        var operation = new ApiOperation(Method.Get, "http://elsewhere.example/v1/identity", "call the API", null, SafeToRetry: true);
        var request = new ApiRequest(operation).WithQuery("page_size", "5");

        var response = await Clients.SendAsync<JsonElement>(Stub.Connection(), request, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(response.Error!.Message, Is.EqualTo(
                $"Refused to call the API: the request would go to http://elsewhere.example/v1/identity, outside the connection's base_url {Stub.Url}/"));
            Assert.That(Stub.Requests.Where(r => r.Path.EndsWith("/v1/identity", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [Test]
    public async Task SendAsync_Success_ReturnsTypedBodyStatusRequestIdAndOneAttempt()
    {
        Stub.Returns("GET", "/v1/severities", 200, OneSeverity, ("X-Request-Id", "req-123"));

        var response = await ListSeveritiesAsync();

        Assert.That(response.IsSuccess, Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(response.Value!.Severities.Single().Name, Is.EqualTo("Minor"));
            Assert.That(response.HttpStatus, Is.EqualTo(200));
            Assert.That(response.RequestId, Is.EqualTo("req-123"));
            Assert.That(response.Attempts, Is.EqualTo(1));
        });
    }

    [TestCase("/proxy")]
    [TestCase("/proxy/")]
    public async Task SendAsync_BaseUrlWithAPath_KeepsThePrefix(string prefix)
    {
        Stub.Returns("GET", "/proxy/v1/severities", 200, OneSeverity);

        var response = await Clients.SendAsync<SeveritiesListResultV1>(
            Connections.To(Stub.Url + prefix, IncidentIoStub.ApiKey), new ApiRequest(IncidentIoOperations.ListSeverities), CancellationToken.None);

        Assert.That(response.IsSuccess, Is.True, () => response.Error!.Message);
        Assert.That(Stub.LastRequest.Path, Is.EqualTo("/proxy/v1/severities"));
    }

    [Test]
    public async Task SendAsync_LowercaseRequestIdHeader_IsRead()
    {
        Stub.Returns("GET", "/v1/severities", 200, OneSeverity, ("x-request-id", "req-lower"));

        var response = await ListSeveritiesAsync();

        Assert.That(response.RequestId, Is.EqualTo("req-lower"));
    }

    [Test]
    public async Task SendAsync_UnknownPropertiesAndEnumValues_AreTolerated()
    {
        Stub.Returns("GET", "/v1/incident_statuses", 200,
            """{"incident_statuses":[{"id":"X","name":"On hold","description":"","rank":2,"category":"snoozed","colour":"red","created_at":"2021-08-17T13:28:57Z","updated_at":"2021-08-17T13:28:57Z"}],"next":null}""");

        var response = await Clients.SendAsync<IncidentStatusesListResultV1>(
            Stub.Connection(), new ApiRequest(IncidentIoOperations.ListIncidentStatuses), CancellationToken.None);

        Assert.That(response.IsSuccess, Is.True, () => response.Error!.Message);
        Assert.That(response.Value!.IncidentStatuses.Single().Category, Is.EqualTo("snoozed"));
    }

    [TestCase("<html>Bad gateway</html>", TestName = "SendAsync_HtmlSuccessBody_IsInvalidResponse")]
    [TestCase("", TestName = "SendAsync_EmptySuccessBody_IsInvalidResponse")]
    [TestCase("""{"severity_list":[{"id":"S1","name":"Minor"}]}""", TestName = "SendAsync_SuccessBodyMissingRequiredFields_IsInvalidResponse")]
    public async Task SendAsync_UnreadableSuccessBody_IsInvalidResponse(string body)
    {
        Stub.Returns("GET", "/v1/severities", 200, body, ("X-Request-Id", "req-bad"));

        var error = (await ListSeveritiesAsync()).Error;

        Assert.That(error, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(error!.Code, Is.EqualTo(ActionErrorCodes.InvalidResponse));
            Assert.That(error.Message, Does.Contain("list severities").And.Contain("HTTP 200"));
            Assert.That(error.HttpStatus, Is.EqualTo(200));
            Assert.That(error.RequestId, Is.EqualTo("req-bad"));
            Assert.That(error.Retryable, Is.False);
        });
    }

    [Test]
    public async Task SendAsync_JsonElementAndEmptyBody_ReturnsJsonNull()
    {
        Stub.Returns("GET", "/v1/severities", 200, "");

        var response = await Clients.SendAsync<JsonElement>(
            Stub.Connection(), new ApiRequest(IncidentIoOperations.ListSeverities), CancellationToken.None);

        Assert.That(response.IsSuccess, Is.True);
        Assert.That(response.Value.ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task SendAsync_PathParameterWithReservedCharacters_IsUrlEncoded()
    {
        Stub.Returns("GET", "/v2/incidents/*", 404, "");
        var request = new ApiRequest(IncidentIoOperations.ShowIncident).WithPathParameter("id", "a/b?c#d");

        await Clients.SendAsync<IncidentsShowResultV2>(Stub.Connection(), request, CancellationToken.None);

        Assert.That(Stub.LastRequest.AbsoluteUrl, Does.EndWith("/v2/incidents/a%2Fb%3Fc%23d"));
    }

    [Test]
    public async Task SendAsync_QueryAndBody_AreSentAsGivenInSnakeCase()
    {
        Stub.Returns("POST", "/v2/things", 200, "{}");
        var operation = Write(safeToRetry: false);
        var request = new ApiRequest(operation)
            .WithQuery("status_category[one_of]", "live")
            .WithQuery("status_category[one_of]", "triage")
            .WithBody(new { IdempotencyKey = "k1", Summary = (string?)null });

        await Clients.SendAsync<JsonElement>(Stub.Connection(), request, CancellationToken.None);

        var sent = Stub.LastRequest;
        Assert.Multiple(() =>
        {
            Assert.That(sent.RawQuery, Is.EqualTo("?status_category%5Bone_of%5D=live&status_category%5Bone_of%5D=triage").IgnoreCase);
            Assert.That(sent.Body, Is.EqualTo("""{"idempotency_key":"k1"}"""));
            Assert.That(sent.Header("Content-Type"), Does.StartWith("application/json"));
        });
    }

    [Test]
    public async Task SendAsync_OperationNotSafeToRetry_IsNotRetriedOn503()
    {
        Stub.Returns("POST", "/v2/things", 503, "");
        var operation = Write(safeToRetry: false);

        var response = await Clients.SendAsync<JsonElement>(Stub.Connection(), new ApiRequest(operation), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(response.Error!.Code, Is.EqualTo(ActionErrorCodes.ServerError));
            Assert.That(response.Attempts, Is.EqualTo(1));
            Assert.That(Stub.RequestCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task SendAsync_WriteAnswered5xxByBothAttempts_OutcomeUnknown()
    {
        // Two attempts, each of whose writes may have happened: the second must not cancel out the first.
        using var clients = new IncidentIoClientFactory(IncidentIoStub.FastOptions with { MaxRetryAttempts = 1 });
        Stub.Returns("POST", "/v2/things", 503, "");
        var operation = Write(safeToRetry: true);

        var response = await clients.SendAsync<JsonElement>(Stub.Connection(), new ApiRequest(operation), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(response.Error!.Code, Is.EqualTo(ActionErrorCodes.ServerError));
            Assert.That(response.Error.HttpAttempts, Is.EqualTo(2));
            Assert.That(response.Error.OutcomeUnknown, Is.True);
            Assert.That(SentTo("/v2/things"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task SendAsync_RetryAfterAnAnswerSettingACookie_SendsTheSameRequestWithoutTheCookie()
    {
        // Each attempt is a request of its own: nothing an earlier answer set (a gateway's cookie) travels with a retry.
        Stub.ReturnsInTurn("POST", "/v2/things",
            r => r.WithStatusCode(503).WithHeader("Set-Cookie", "route=b1; Path=/"),
            r => r.WithStatusCode(503).WithHeader("Set-Cookie", "route=b2; Path=/"),
            r => r.WithStatusCode(200).WithBody("{}"));
        var operation = Write(safeToRetry: true);
        var request = new ApiRequest(operation).WithBody(new { IdempotencyKey = "k1" });

        var response = await Clients.SendAsync<JsonElement>(Stub.Connection(), request, CancellationToken.None);

        var sent = Stub.Requests.Where(r => r.Path == "/v2/things").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(response.IsSuccess, Is.True, () => response.Error!.Message);
            Assert.That(response.Attempts, Is.EqualTo(3));
            Assert.That(sent.Select(r => $"{r.Method} {r.Path} {r.Body}"), Is.EqualTo(Enumerable.Repeat("""POST /v2/things {"idempotency_key":"k1"}""", 3)));
            Assert.That(sent.Select(r => r.Header("Cookie")), Is.All.Null);
        });
    }

    [Test]
    public async Task SendAsync_WriteCancelledBeforeSending_IsCancelledWithTheOutcomeKnown()
    {
        var operation = Write(safeToRetry: true);

        var response = await Clients.SendAsync<JsonElement>(Stub.Connection(), new ApiRequest(operation), new CancellationToken(canceled: true));

        Assert.Multiple(() =>
        {
            Assert.That(response.Error!.Code, Is.EqualTo(ActionErrorCodes.Cancelled));
            Assert.That(response.Error.OutcomeUnknown, Is.False);
            Assert.That(SentTo("/v2/things"), Is.Zero);
        });
    }

    [Test]
    public async Task SendAsync_WriteRefusedThenCancelledInTheBackOff_IsCancelledWithTheOutcomeKnown()
    {
        // A 429 says the write did not happen; the 30 s back-off it asks for is cut short and nothing else is sent.
        // The cancel comes well after the 429 (a cut-off attempt would be unknown), well before the retry.
        using var clients = new IncidentIoClientFactory(IncidentIoStub.FastOptions with { MaxRetryAfter = TimeSpan.FromSeconds(30) });
        Stub.Returns("POST", "/v2/refused", 429, "", ("Retry-After", "30"));
        var operation = Write(safeToRetry: true) with { Path = "/v2/refused" };
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(3));

        var response = await clients.SendAsync<JsonElement>(Stub.Connection(), new ApiRequest(operation), cancel.Token);

        Assert.Multiple(() =>
        {
            Assert.That(response.Error!.Code, Is.EqualTo(ActionErrorCodes.Cancelled));
            Assert.That(response.Error.OutcomeUnknown, Is.False);
            Assert.That(SentTo("/v2/refused"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task SendAsync_WriteCutOffWhileSent_IsCancelledWithTheOutcomeUnknown()
    {
        Stub.ReturnsInTurn("POST", "/v2/things", r => r.WithStatusCode(200).WithBody("{}").WithDelay(TimeSpan.FromSeconds(3)));
        var operation = Write(safeToRetry: false);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var response = await Clients.SendAsync<JsonElement>(Stub.Connection(), new ApiRequest(operation), cancel.Token);

        Assert.Multiple(() =>
        {
            Assert.That(response.Error!.Code, Is.EqualTo(ActionErrorCodes.Cancelled));
            Assert.That(response.Error.OutcomeUnknown, Is.True);
        });
    }

    // The cut landing between incident.io's 2xx and the client's reading of it is a race no stub can time, hence the rule alone.
    [TestCase("POST", 200, true, true)]
    [TestCase("POST", 201, true, true)]
    [TestCase("POST", 299, true, true)]
    [TestCase("POST", 201, false, false)]
    [TestCase("POST", 300, true, false)]
    [TestCase("POST", 199, true, false)]
    [TestCase("POST", 429, true, false)]
    [TestCase("GET", 200, true, false)]
    public void AcceptedBeforeTheCut_MethodStatusAndCut_TrueOnlyForAWriteAnswered2xxThenCutOff(string method, int status, bool cut, bool expected)
    {
        var operation = new ApiOperation(Enum.Parse<Method>(method, ignoreCase: true), "/v2/things", "create things", null, false);
        var last = new RestResponse(new RestRequest()) { StatusCode = (System.Net.HttpStatusCode)status };

        Assert.That(IncidentIoClient.AcceptedBeforeTheCut(new ApiRequest(operation), last, cut), Is.EqualTo(expected));
    }

    [Test]
    public void AcceptedBeforeTheCut_NoAnswer_IsFalse() =>
        Assert.That(IncidentIoClient.AcceptedBeforeTheCut(new ApiRequest(Write(safeToRetry: false)), null, cut: true), Is.False);

    [Test]
    public async Task SendAsync_DeadlinePassesWaitingForTheOperationsSlot_IsTimeoutWithNothingMoreSent()
    {
        using var clients = new IncidentIoClientFactory(IncidentIoStub.FastOptions with { Deadline = TimeSpan.FromSeconds(1) });
        Stub.Returns("POST", "/v2/limited", 200, "{}");
        // Takes the one slot, whatever its answer (a loaded machine may make it miss the short deadline).
        await SendOncePerMinuteAsync(clients, CancellationToken.None);

        var second = await SendOncePerMinuteAsync(clients, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(second.Error!.Code, Is.EqualTo(ActionErrorCodes.Timeout));
            Assert.That(second.Error.Message, Is.EqualTo(
                "incident.io could not page someone within the 1 s deadline (0 attempts); last attempt: none sent, waiting for a slot in the operation's limit of 1 a minute"));
            Assert.That(second.Error.HttpAttempts, Is.Zero);
            Assert.That(SentTo("/v2/limited"), Is.AtMost(1), "only the first call's request");
        });
    }

    [Test]
    public async Task SendAsync_CallerCancelsWaitingForTheOperationsSlot_IsCancelledWithNothingMoreSent()
    {
        using var clients = new IncidentIoClientFactory(IncidentIoStub.FastOptions);
        Stub.Returns("POST", "/v2/limited", 200, "{}");
        await SendOncePerMinuteAsync(clients, CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var second = await SendOncePerMinuteAsync(clients, cancel.Token);

        Assert.Multiple(() =>
        {
            Assert.That(second.Error!.Code, Is.EqualTo(ActionErrorCodes.Cancelled));
            Assert.That(second.Error.HttpAttempts, Is.Zero);
            Assert.That(SentTo("/v2/limited"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Dispose_CallWaitingForTheOperationsSlot_EndsAtOnceAsRateLimited()
    {
        // The deadline is far: only disposing the operation's limiter ends the wait with a refusal rather than a timeout.
        var clients = new IncidentIoClientFactory(IncidentIoStub.FastOptions with { Deadline = TimeSpan.FromSeconds(5) });
        Stub.Returns("POST", "/v2/limited", 200, "{}");
        await SendOncePerMinuteAsync(clients, CancellationToken.None);
        // Everything before the wait for the slot runs synchronously, so the call is queued when SendAsync returns.
        var waiting = SendOncePerMinuteAsync(clients, CancellationToken.None);

        clients.Dispose();
        var response = await waiting;

        Assert.Multiple(() =>
        {
            Assert.That(response.Error!.Code, Is.EqualTo(ActionErrorCodes.RateLimited));
            Assert.That(response.Error.Message, Does.StartWith("The request to page someone was not sent: it got no slot in incident.io's limit of 1 such calls a minute"));
            Assert.That(response.Error.HttpAttempts, Is.Zero);
            Assert.That(SentTo("/v2/limited"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task SendAsync_DeadlineCutsOffTheFirstAttempt_IsTimeoutAfterOneAttemptSayingSo()
    {
        using var clients = new IncidentIoClientFactory(IncidentIoStub.FastOptions with { Deadline = TimeSpan.FromMilliseconds(300) });
        Stub.ReturnsInTurn("GET", "/v1/severities", r => r.WithStatusCode(200).WithBody(OneSeverity).WithDelay(TimeSpan.FromSeconds(3)));

        var response = await clients.SendAsync<SeveritiesListResultV1>(
            Stub.Connection(), new ApiRequest(IncidentIoOperations.ListSeverities), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(response.IsSuccess, Is.False);
            Assert.That(response.Error!.Code, Is.EqualTo(ActionErrorCodes.Timeout));
            Assert.That(response.Error.Message, Is.EqualTo(
                "incident.io could not list severities within the 0.3 s deadline (1 attempt); last attempt: cut off by the deadline"));
            Assert.That(response.Error.Hint, Is.EqualTo("The request was not retried. Try again later and check https://status.incident.io."));
            Assert.That(response.Error.Retryable, Is.True);
            Assert.That(response.Error.HttpAttempts, Is.EqualTo(1));
            // A read cut off changed nothing.
            Assert.That(response.Error.OutcomeUnknown, Is.False);
        });
    }

    [Test]
    public async Task SendAsync_CallerCancelsDuringTheFirstAttempt_IsCancelledNotTimeout()
    {
        Stub.ReturnsInTurn("GET", "/v1/severities", r => r.WithStatusCode(200).WithBody(OneSeverity).WithDelay(TimeSpan.FromSeconds(3)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var response = await ListSeveritiesAsync(cancel.Token);

        Assert.Multiple(() =>
        {
            Assert.That(response.Error!.Code, Is.EqualTo(ActionErrorCodes.Cancelled));
            Assert.That(response.Error.Message, Is.EqualTo("The step was cancelled before incident.io answered the request to list severities"));
            Assert.That(response.Error.HttpAttempts, Is.EqualTo(1));
        });
    }

    // A write of no particular operation, answered by the stub at POST /v2/things.
    private static ApiOperation Write(bool safeToRetry) => new(Method.Post, "/v2/things", "create things", null, safeToRetry);

    private Task<ApiResponse<JsonElement>> SendOncePerMinuteAsync(IncidentIoClientFactory clients, CancellationToken cancellationToken) =>
        clients.SendAsync<JsonElement>(Stub.Connection(), new ApiRequest(OncePerMinute), cancellationToken);

    // This test's requests to path (the stub's Requests leave out what an earlier test's delayed answer logged late).
    private int SentTo(string path) => Stub.Requests.Count(r => r.Path == path);
}
