using System.Text.Json;
using IncidentIo.Plugin.Actions.ListSeverities;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using IncidentIo.Plugin.Tests.Reliability;
using IncidentIo.Plugin.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Client;

[TestFixture]
public sealed class IncidentIoClientFactoryTests : StubFixture
{
    [Test]
    public void TryCreate_SameBaseUrlAndKey_ReusesTheClient()
    {
        Clients.TryCreate(Stub.Connection(), out var first, out _);
        Clients.TryCreate(Stub.Connection(), out var second, out _);

        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public void TryCreate_AnotherKeyOrBaseUrl_GetsAnotherClient()
    {
        Clients.TryCreate(Stub.Connection(), out var first, out _);
        Clients.TryCreate(Stub.Connection("another-key"), out var otherKey, out _);
        Clients.TryCreate(Connections.To(Stub.Url + "/proxy", IncidentIoStub.ApiKey), out var otherUrl, out _);

        Assert.Multiple(() =>
        {
            Assert.That(otherKey, Is.Not.SameAs(first));
            Assert.That(otherUrl, Is.Not.SameAs(first));
            Assert.That(otherUrl!.BaseUrl.AbsoluteUri, Does.EndWith("/proxy"));
        });
    }

    // A secret used as the API key (Bearer) and as an alert source's Basic credential needs two clients: each sends its own scheme.
    [Test]
    public async Task TryCreate_SameSecretAsApiKeyAndAsBasicAlertSourceToken_GetsAnotherClientSendingItsScheme()
    {
        var connection = new ActionConnection(
            new Dictionary<string, string> { ["base_url"] = Stub.Url },
            new Dictionary<string, SecretValue> { ["api_key"] = new(IncidentIoStub.ApiKey), ["alert_source_token"] = new($"Basic {IncidentIoStub.ApiKey}") });
        Stub.Returns("GET", "/v1/severities", 200, """{"severities":[]}""");

        Clients.TryCreate(connection, out var withKey, out _);
        Clients.TryCreate(connection, ApiCredential.AlertSourceToken, out var withToken, out _);
        await withToken!.SendAsync<SeveritiesListResultV1>(new ApiRequest(IncidentIoOperations.ListSeverities), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(withToken, Is.Not.SameAs(withKey));
            Assert.That(Stub.LastRequest.Header("Authorization"), Is.EqualTo($"Basic {IncidentIoStub.ApiKey}"));
        });
    }

    [TestCase(null, "api_key is null")]
    [TestCase("", "No valid API key available")]
    [TestCase("  ", "No valid API key available")]
    public async Task SendAsync_MissingOrBlankKey_FailsWithoutAnyRequest(string? key, string message)
    {
        Stub.Returns("GET", "/v1/severities", 200, """{"severities":[]}""");

        var response = await Clients.SendAsync<SeveritiesListResultV1>(
            Stub.Connection(key), new ApiRequest(IncidentIoOperations.ListSeverities), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(response.Error!.Code, Is.EqualTo(ActionErrorCodes.Configuration));
            Assert.That(response.Error.Message, Is.EqualTo(message));
            Assert.That(Stub.RequestCount, Is.Zero, "no request may reach incident.io without a key");
        });
    }

    [Test]
    public async Task Dispose_ClientHandedOutBefore_ThrowsObjectDisposedAndSendsNothing()
    {
        using var clients = DisposedAfterHandingOut(out var client);

        await Assert.ThatAsync(() => ListSeverities(client), Throws.InstanceOf<ObjectDisposedException>());
        Assert.That(Stub.RequestCount, Is.Zero);
    }

    [Test]
    public async Task Dispose_ThenTryCreate_GetsAnotherClientThatSends()
    {
        using var clients = DisposedAfterHandingOut(out var disposed);

        clients.TryCreate(Stub.Connection(), out var client, out _);
        var response = await ListSeverities(client!);

        Assert.Multiple(() =>
        {
            Assert.That(client, Is.Not.SameAs(disposed));
            Assert.That(response.Error, Is.Null, () => response.Error!.Message);
            Assert.That(Stub.RequestCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void For_SameHostServices_SameFactoryAndAnotherInstanceItsOwn()
    {
        var services = new HostServices { TimeProvider = TimeProvider.System };
        var first = IncidentIoClientFactory.For(services);

        Assert.Multiple(() =>
        {
            Assert.That(IncidentIoClientFactory.For(services), Is.SameAs(first));
            Assert.That(IncidentIoClientFactory.For(new HostServices()), Is.Not.SameAs(first));
            Assert.That(first.Options.TimeProvider, Is.SameAs(services.TimeProvider));
        });
    }

    [Test]
    public async Task For_HostRateLimiters_ActionsWithThePublicConstructorTakeTheHostsPermits()
    {
        using var limiter = new CountingRateLimiterSource(permits: 10);
        var services = new HostServices { RateLimiters = limiter };
        Stub.Returns("GET", "/v1/severities", 200, """{"severities":[]}""");

        // Two action instances, as a host makes one per execution: both draw on the host's limiter.
        foreach (var action in new[] { new ListSeveritiesAction(), new ListSeveritiesAction() })
        {
            var context = new ActionContext(
                JsonSerializer.SerializeToElement(new { }), Stub.Connection(), RunInfo.AdHoc("s"), NullLogger.Instance) { Services = services };
            var result = await action.ExecuteAsync(context, CancellationToken.None);
            Assert.That(result.IsSuccess, Is.True, () => result.Error!.Message);
        }

        Assert.That(limiter.Acquired, Is.EqualTo(2));
    }

    [Test]
    public async Task For_HostRateLimitersRefuse_RateLimitedAndNothingSent()
    {
        using var limiter = new CountingRateLimiterSource(permits: 0);
        var context = new ActionContext(
            JsonSerializer.SerializeToElement(new { }), Stub.Connection(), RunInfo.AdHoc("s"), NullLogger.Instance)
        { Services = new HostServices { RateLimiters = limiter } };

        var result = await new ListSeveritiesAction().ExecuteAsync(context, CancellationToken.None);

        Assert.That((result.Error?.Code, Stub.RequestCount), Is.EqualTo((ActionErrorCodes.RateLimited, 0)));
    }

    private static Task<ApiResponse<SeveritiesListResultV1>> ListSeverities(IncidentIoClient client) =>
        client.SendAsync<SeveritiesListResultV1>(new ApiRequest(IncidentIoOperations.ListSeverities), CancellationToken.None);

    /// <summary>A factory of its own (not the fixture's), disposed after handing out <paramref name="client"/>.</summary>
    private IncidentIoClientFactory DisposedAfterHandingOut(out IncidentIoClient client)
    {
        var clients = new IncidentIoClientFactory(IncidentIoStub.FastOptions);
        Stub.Returns("GET", "/v1/severities", 200, """{"severities":[]}""");
        clients.TryCreate(Stub.Connection(), out var handedOut, out _);
        clients.Dispose();
        client = handedOut!;
        return clients;
    }
}
