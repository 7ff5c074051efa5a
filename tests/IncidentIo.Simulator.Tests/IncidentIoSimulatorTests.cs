using System.Net.Sockets;
using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests;

[TestFixture]
public sealed class IncidentIoSimulatorTests
{
    [Test]
    public async Task StartAsync_PortZero_BindsLoopbackAndServesHealthWithoutKey()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var anonymous = harness.ClientWith(null);

        using var response = await anonymous.GetAsync(new Uri("/healthz", UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(harness.Simulator.Port, Is.GreaterThan(0));
            Assert.That(harness.Simulator.BaseUrl, Is.EqualTo($"http://127.0.0.1:{harness.Simulator.Port}"));
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            Assert.That(response.Headers.Contains("X-Request-Id"), Is.True);
        }
    }

    [Test]
    public async Task StartAsync_InvalidOptions_ListsEveryProblem()
    {
        var options = new SimulatorOptions { Port = -1, ApiKey = "", RateLimitCapacity = 0, SeedFile = "/no/such/seed.json" };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => IncidentIoSimulator.StartAsync(options));

        Assert.That(error!.Message, Does.Contain("Port").And.Contain("ApiKey").And.Contain("RateLimitCapacity").And.Contain("Seed file"));
    }

    [Test]
    public async Task DisposeAsync_StopsServing()
    {
        var harness = await SimulatorHarness.StartAsync();
        var port = harness.Simulator.Port;

        await harness.DisposeAsync();

        using var socket = new TcpClient();
        await Assert.ThrowsAsync<SocketException>(() => socket.ConnectAsync("127.0.0.1", port));
    }

    [Test]
    public void DefaultSeedJson_IsTheEmbeddedSeed()
    {
        Assert.That(IncidentIoSimulator.DefaultSeedJson(), Does.Contain("\"incident_statuses\"").And.Contain(SeedIds.Minor));
    }
}
