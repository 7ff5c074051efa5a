using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using IncidentIo.Plugin.Tests.Support;
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
}
