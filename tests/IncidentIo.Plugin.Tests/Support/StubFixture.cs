using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Tests.Support;

/// <summary>Base of fixtures that talk HTTP: one WireMock stub and one client factory (fast retries) per fixture, reset per test.</summary>
public abstract class StubFixture
{
    internal IncidentIoStub Stub { get; private set; } = null!;

    internal IncidentIoClientFactory Clients { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartStub()
    {
        Stub = IncidentIoStub.Start();
        Clients = new IncidentIoClientFactory(IncidentIoStub.FastOptions);
    }

    [OneTimeTearDown]
    public void StopStub()
    {
        Clients.Dispose();
        Stub.Dispose();
    }

    [SetUp]
    public void ResetStub() => Stub.Reset();

    internal Task<ApiResponse<SeveritiesListResultV1>> ListSeveritiesAsync(CancellationToken cancellationToken = default) =>
        Clients.SendAsync<SeveritiesListResultV1>(Stub.Connection(), new ApiRequest(IncidentIoOperations.ListSeverities), cancellationToken);
}
