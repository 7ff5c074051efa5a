using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Sandbox.Simulation;

namespace Workflow.Sandbox.Tests.Simulation;

public class LocalSimulationTests
{
    [Test]
    public async Task StartDefaultAsync_Serving_HealthzAnswersOnLoopback()
    {
        await using var simulation = await LocalSimulation.StartDefaultAsync(NullLoggerFactory.Instance, CancellationToken.None);
        using var http = new HttpClient();

        var response = await http.GetStringAsync(new Uri(simulation.BaseUrl + "/healthz"));

        Assert.That(simulation.BaseUrl, Does.StartWith("http://127.0.0.1:"));
        Assert.That(response, Does.Contain("\"ok\""));
    }

    [Test]
    public async Task ConnectionValuesFor_IncidentIo_BaseUrlAndKeyOthersNothing()
    {
        await using var simulation = await LocalSimulation.StartDefaultAsync(NullLoggerFactory.Instance, CancellationToken.None);

        var values = simulation.ConnectionValuesFor("incidentio");

        Assert.That((values["base_url"], values["api_key"]), Is.EqualTo((simulation.BaseUrl, "sim_local_key")));
        Assert.That(simulation.ConnectionValuesFor("sample"), Is.Empty);
    }
}
