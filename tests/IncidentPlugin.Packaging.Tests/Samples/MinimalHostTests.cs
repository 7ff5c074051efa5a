using System.Text.Json.Nodes;
using IncidentIo.Simulator;
using IncidentPlugin.Packaging.Tests.Support;

namespace IncidentPlugin.Packaging.Tests.Samples;

/// <summary>
/// host-sandbox/samples/MinimalHost, built against the contract PACKAGE from the run's feed, run as a process over the
/// published plugin folder against the simulator: a host needs nothing from this repository but the package.
/// </summary>
[Category("Packaging")]
public class MinimalHostTests
{
    private const string Key = "sim_minimal_host_key";

    [Test]
    public async Task Run_SameRunIdTwice_OneIncident()
    {
        var artifacts = await Artifacts.GetAsync();
        await using var simulator = await IncidentIoSimulator.StartAsync(new SimulatorOptions { ApiKey = Key });
        var runId = "run-" + Guid.NewGuid().ToString("N");

        var first = await RunAsync(artifacts, simulator.BaseUrl, runId);
        var second = await RunAsync(artifacts, simulator.BaseUrl, runId);

        Assert.That((first.ExitCode, second.ExitCode), Is.EqualTo((0, 0)), $"{first}\n{second}");
        var firstId = JsonNode.Parse(first.StandardOutput)!["incident"]!["id"]!.GetValue<string>();
        var secondId = JsonNode.Parse(second.StandardOutput)!["incident"]!["id"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(secondId, Is.EqualTo(firstId));
            Assert.That(simulator.State.Incidents().Count(i => (string?)i["name"] == $"MinimalHost run {runId}"), Is.EqualTo(1));
            Assert.That(first.StandardError, Does.Contain("action: incidentio.create_incident").And.Contain("action: incidentio.list_incidents"));
            Assert.That(first.StandardOutput + first.StandardError, Does.Not.Contain(Key));
        });
    }

    private static Task<DotnetProcess.Result> RunAsync(Artifacts artifacts, string baseUrl, string runId) =>
        DotnetProcess.RunAsync(
            DotnetProcess.Dotnet,
            [artifacts.MinimalHostDll, "--plugins", artifacts.Plugins, "--base-url", baseUrl, "--run-id", runId],
            new Dictionary<string, string?> { ["INCIDENTIO_API_KEY"] = Key },
            TimeSpan.FromMinutes(2));
}
