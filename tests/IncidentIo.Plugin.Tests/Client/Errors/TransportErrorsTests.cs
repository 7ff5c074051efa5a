using System.Net;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Client.Errors;
using IncidentIo.Plugin.Json;
using IncidentIo.Plugin.Models;
using RestSharp;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Client.Errors;

[TestFixture]
public sealed class TransportErrorsTests : StubFixture
{
    [Test]
    public async Task FromFailedResponse_NoAnswerWithinTheAttemptTimeout_IsTimeoutAfterRetries()
    {
        using var slowClients = new IncidentIoClientFactory(IncidentIoStub.FastOptions with
        {
            MaxRetryAttempts = 1,
            AttemptTimeout = TimeSpan.FromMilliseconds(200),
        });
        Stub.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v1/severities").UsingGet())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody("{}").WithDelay(TimeSpan.FromSeconds(5)));

        var error = (await slowClients.SendAsync<SeveritiesListResultV1>(
            Stub.Connection(), new ApiRequest(IncidentIoOperations.ListSeverities), CancellationToken.None)).Error!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Timeout));
            Assert.That(error.Message, Is.EqualTo("incident.io did not answer within 0.2 s and could not list severities"));
            Assert.That(error.Retryable, Is.True);
            Assert.That(error.HttpAttempts, Is.EqualTo(2));
            Assert.That(error.HttpStatus, Is.Null);
        });
    }

    [Test]
    public async Task FromFailedResponse_ConnectionRefused_IsNetworkAfterRetries()
    {
        var connection = Connections.To(IncidentIoStub.ClosedPortUrl(), IncidentIoStub.ApiKey);

        var error = (await Clients.SendAsync<SeveritiesListResultV1>(
            connection, new ApiRequest(IncidentIoOperations.ListSeverities), CancellationToken.None)).Error!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Network));
            Assert.That(error.Message, Does.StartWith("Could not connect to incident.io at ").And.Contain(" to list severities: "));
            Assert.That(error.Hint, Does.Contain("base_url"));
            Assert.That(error.Retryable, Is.True);
            Assert.That(error.HttpAttempts, Is.EqualTo(3));
            Assert.That(error.HttpStatus, Is.Null);
        });
    }

    [Test]
    public async Task Cancelled_CallerCancelsWhileWaiting_IsCancelledNotThrown()
    {
        Stub.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v1/severities").UsingGet())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody("{}").WithDelay(TimeSpan.FromSeconds(5)));
        using var cancellation = new CancellationTokenSource();
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(100));

        var error = (await ListSeveritiesAsync(cancellation.Token)).Error!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Cancelled));
            Assert.That(error.Retryable, Is.False);
            Assert.That(error.HttpAttempts, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Cancelled_AlreadyCancelledToken_SendsNothing()
    {
        Stub.Returns("GET", "/v1/severities", 200, """{"severities":[]}""");

        var error = (await ListSeveritiesAsync(new CancellationToken(canceled: true))).Error!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Cancelled));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    private static readonly ApiRequest Severities = new(IncidentIoOperations.ListSeverities);

    private static readonly Uri IncidentIoApi = new("https://api.incident.io");

    [Test]
    public void FromFailedResponse_TimedOut_IsTimeoutNamingTheAttemptTimeoutAndTheStatusPage()
    {
        var error = TransportErrors.FromFailedResponse(Severities, Failed(ResponseStatus.TimedOut), 3, TimeSpan.FromMilliseconds(1500), IncidentIoApi);

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Timeout));
            Assert.That(error.Message, Is.EqualTo("incident.io did not answer within 1.5 s and could not list severities"));
            Assert.That(error.Hint, Is.EqualTo("The request was retried 2 times (3 attempts). Try again later and check https://status.incident.io."));
            Assert.That(error.Retryable, Is.True);
            Assert.That(error.HttpAttempts, Is.EqualTo(3));
        });
    }

    [Test]
    public void FromFailedResponse_ConnectionError_IsNetworkWithTheInnermostReason()
    {
        var response = Failed(ResponseStatus.Error);
        response.ErrorException = new HttpRequestException("outer", new IOException("Connection refused"));
        response.ErrorMessage = "outer";

        var error = TransportErrors.FromFailedResponse(Severities, response, 1, TimeSpan.FromSeconds(30), IncidentIoApi);

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Network));
            Assert.That(error.Message, Is.EqualTo("Could not connect to incident.io at api.incident.io:443 to list severities: Connection refused"));
            Assert.That(error.Hint, Is.EqualTo("The request was not retried. Check the connection's base_url, the network and any proxy."));
            Assert.That(error.Retryable, Is.True);
        });
    }

    [TestCase("socket closed", "socket closed")]
    [TestCase(null, "no response")]
    public void FromFailedResponse_ErrorWithoutAnException_UsesTheMessageOrSaysNoResponse(string? message, string reason)
    {
        var response = Failed(ResponseStatus.Error);
        response.ErrorMessage = message;

        var error = TransportErrors.FromFailedResponse(Severities, response, 1, TimeSpan.FromSeconds(30), IncidentIoApi);

        Assert.That(error.Message, Is.EqualTo($"Could not connect to incident.io at api.incident.io:443 to list severities: {reason}"));
    }

    [Test]
    public void Cancelled_Attempts_IsCancelledNotRetryable()
    {
        var error = TransportErrors.Cancelled(Severities, 2);

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Cancelled));
            Assert.That(error.Message, Is.EqualTo("The step was cancelled before incident.io answered the request to list severities"));
            Assert.That(error.Retryable, Is.False);
            Assert.That(error.HttpAttempts, Is.EqualTo(2));
        });
    }

    [Test]
    public void InvalidBody_AnswerLackingAField_NamesItAsRequiredThenWhatWasLeftOut()
    {
        var response = new RestResponse(new RestRequest()) { StatusCode = HttpStatusCode.OK, ResponseStatus = ResponseStatus.Completed };
        var leftOut = new ActionErrorDetail("/incident/permalink", "left out: not readable as System.String", "unreadable");
        var missing = new LenientReadException("/incident/id", "missing required properties including: 'id'", [leftOut]);

        var error = TransportErrors.InvalidBody(Severities, response, 1, missing);

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.InvalidResponse));
            Assert.That(error.Message, Is.EqualTo(
                "incident.io answered the request to list severities (HTTP 200) without something the plugin needs: "
                + "/incident/id: missing required properties including: 'id'"));
            Assert.That(error.Details, Is.EqualTo(new[]
            {
                new ActionErrorDetail("/incident/id", "missing required properties including: 'id'", "required"),
                leftOut,
            }));
        });
    }

    [Test]
    public void InvalidBody_WholeBodyUnusable_HasNoFieldDetail()
    {
        var response = new RestResponse(new RestRequest()) { StatusCode = HttpStatusCode.OK, ResponseStatus = ResponseStatus.Completed };

        var error = TransportErrors.InvalidBody(Severities, response, 1, new LenientReadException("", "the body is empty (JSON null)", []));

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo(
                "incident.io answered the request to list severities (HTTP 200) without something the plugin needs: the body: the body is empty (JSON null)"));
            Assert.That(error.Details, Is.Empty);
        });
    }

    [TestCase("r-9", "incident.io may have changed its API, or a proxy answered instead of it. If it persists, quote request id r-9 to incident.io support.")]
    [TestCase(null, "incident.io may have changed its API, or a proxy answered instead of it. Check the connection's base_url.")]
    public void InvalidBody_Response_NamesTheStatusTheProblemAndWhatToCheck(string? requestId, string hint)
    {
        var response = new RestResponse(new RestRequest())
        {
            StatusCode = HttpStatusCode.OK,
            ResponseStatus = ResponseStatus.Completed,
            Headers = requestId is null ? [] : [new HeaderParameter("X-Request-Id", requestId)],
        };

        var error = TransportErrors.InvalidBody(Severities, response, 2, new InvalidOperationException("bad token"));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.InvalidResponse));
            Assert.That(error.Message, Is.EqualTo("incident.io answered the request to list severities with a body that could not be read (HTTP 200): bad token"));
            Assert.That(error.Hint, Is.EqualTo(hint));
            Assert.That(error.HttpStatus, Is.EqualTo(200));
            Assert.That(error.RequestId, Is.EqualTo(requestId));
            Assert.That(error.HttpAttempts, Is.EqualTo(2));
            Assert.That(error.Retryable, Is.False);
        });
    }

    [TestCase(1, "incident.io could not list severities within the 2.5 s deadline (1 attempt); last attempt: HTTP 502")]
    [TestCase(4, "incident.io could not list severities within the 2.5 s deadline (4 attempts); last attempt: HTTP 502")]
    public void DeadlineExceeded_LastReason_IsTimeoutQuotingIt(int attempts, string message)
    {
        var error = TransportErrors.DeadlineExceeded(Severities, attempts, TimeSpan.FromMilliseconds(2500), "HTTP 502");

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Timeout));
            Assert.That(error.Message, Is.EqualTo(message));
            Assert.That(error.Hint, Does.StartWith(ErrorHints.Tried(attempts)).And.EndWith(". Try again later and check https://status.incident.io."));
            Assert.That(error.Retryable, Is.True);
            Assert.That(error.HttpAttempts, Is.EqualTo(attempts));
        });
    }

    [TestCase(false, "this API key's rate limit (1200 a minute)")]
    [TestCase(true, "the host's rate limit for this API key")]
    public void ClientRateLimited_Attempts_IsRateLimitedSayingNothingWasSent(bool hostLimit, string limit)
    {
        var error = TransportErrors.ClientRateLimited(Severities, 0, hostLimit);

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.RateLimited));
            Assert.That(error.Message, Is.EqualTo(
                $"Too many calls are waiting for {limit}, so the request to list severities was not sent"));
            Assert.That(error.Hint, Is.EqualTo("Spread the workflow's calls out or run the step again later."));
            Assert.That(error.Retryable, Is.True);
            Assert.That(error.HttpAttempts, Is.Zero);
        });
    }

    [Test]
    public void OperationRateLimited_PerMinute_IsRateLimitedNamingTheOperationsLimitAndNothingSent()
    {
        var error = TransportErrors.OperationRateLimited(Severities, 60);

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.RateLimited));
            Assert.That(error.Message, Is.EqualTo(
                "The request to list severities was not sent: it got no slot in incident.io's limit of 60 such calls a minute, with too many calls already waiting for one"));
            Assert.That(error.Hint, Is.EqualTo("Spread the workflow's calls out or run the step again later."));
            Assert.That(error.Retryable, Is.True);
            Assert.That(error.HttpAttempts, Is.Zero);
        });
    }

    private static RestResponse Failed(ResponseStatus status) => new(new RestRequest()) { ResponseStatus = status };
}
