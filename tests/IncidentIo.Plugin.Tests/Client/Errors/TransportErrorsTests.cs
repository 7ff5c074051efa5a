using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
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
            Assert.That(error.Attempts, Is.EqualTo(2));
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
            Assert.That(error.Attempts, Is.EqualTo(3));
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
            Assert.That(error.Attempts, Is.EqualTo(1));
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
}
