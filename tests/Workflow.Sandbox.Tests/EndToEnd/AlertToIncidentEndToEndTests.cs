using System.Text.Json.Nodes;
using IncidentIo.Simulator;
using IncidentPlugin.TestSupport;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.EndToEnd;

/// <summary>
/// The README's main command, <c>workflow host-sandbox/examples/alert-to-incident.json --simulate</c>, and its
/// idempotency. Needs the incident.io write actions (create_incident, update_incident, list_incidents).
/// </summary>
[Category("EndToEnd")]
[Category("IncidentIoActions")]
public class AlertToIncidentEndToEndTests
{
    private static string Example => Path.Combine(RepoPaths.Root, "host-sandbox", "examples", "alert-to-incident.json");

    [Test]
    public async Task Workflow_AlertToIncidentSimulate_ReferenceEscalatedSeverityAndLiveList()
    {
        var result = await HostProcess.RunAsync(new Dictionary<string, string?>(), "workflow", Example, "--simulate");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StandardOutput, Does.Match(@"✓ create +incidentio\.create_incident .*INC-1 ""Disk full on db-1"".*severity: Minor"));
        Assert.That(result.StandardOutput, Does.Match(@"✓ escalate +incidentio\.update_incident .*INC-1 .*severity: Critical"));
        Assert.That(result.StandardOutput, Does.Match(@"✓ active +incidentio\.list_incidents .*incidents: 1 item"));
    }

    [Test]
    public async Task Workflow_TwiceAgainstOneSimulator_OneIncident()
    {
        await using var simulator = await IncidentIoSimulator.StartAsync(new SimulatorOptions());
        var environment = new Dictionary<string, string?> { ["INCIDENTIO_API_KEY"] = SimulatorOptions.DefaultApiKey };

        var first = await HostProcess.RunAsync(environment, "workflow", Example, "--base-url", simulator.BaseUrl, "--json");
        var second = await HostProcess.RunAsync(environment, "workflow", Example, "--base-url", simulator.BaseUrl, "--json");

        Assert.That((first.ExitCode, second.ExitCode), Is.EqualTo((0, 0)), first + "\n" + second);
        Assert.That(simulator.State.Count, Is.EqualTo(1));
        Assert.That(IncidentId(second), Is.EqualTo(IncidentId(first)));
        Assert.That(JsonNode.Parse(first.StandardOutput)!["run_id"]!.GetValue<string>(), Is.Not.EqualTo(JsonNode.Parse(second.StandardOutput)!["run_id"]!.GetValue<string>()));
    }

    [Test]
    public async Task Options_CreateIncidentSeveritySimulate_SeedSeveritiesByRank()
    {
        var result = await HostProcess.RunAsync(new Dictionary<string, string?>(), "options", "incidentio.create_incident", "severity_id", "--simulate", "--json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(JsonNode.Parse(result.StandardOutput)!.AsArray().Select(o => o!["label"]!.GetValue<string>()), Is.EqualTo(Seq.Of("Minor", "Major", "Critical")));
    }

    private static string IncidentId(HostProcess.Result result) =>
        JsonNode.Parse(result.StandardOutput)!["steps"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == "create")!["output"]!["incident"]!["id"]!.GetValue<string>();
}
