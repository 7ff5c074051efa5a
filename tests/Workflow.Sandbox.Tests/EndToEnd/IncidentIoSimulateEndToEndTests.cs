using System.Text.Json.Nodes;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.EndToEnd;

/// <summary>
/// The published host over the real incident.io plugin with --simulate: the in-process simulator stands in for
/// api.incident.io, so these need no key and no network. They need the plugin's read actions.
/// </summary>
[Category("EndToEnd")]
[Category("IncidentIoPlugin")]
public class IncidentIoSimulateEndToEndTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    [Test]
    public async Task Run_SimulateListSeverities_TheSeedSeveritiesExit0()
    {
        var result = await HostProcess.RunAsync(NoEnvironment, "run", "incidentio.list_severities", "--simulate", "--json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var severities = JsonNode.Parse(result.StandardOutput)!["output"]!["severities"]!.AsArray();
        Assert.That(severities.Select(s => s!["name"]!.GetValue<string>()), Is.EqualTo(Seq.Of("Minor", "Major", "Critical")));
    }

    [Test]
    public async Task TestConnection_Simulate_Exit0()
    {
        var result = await HostProcess.RunAsync(NoEnvironment, "test-connection", "--simulate");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("The connection works"));
    }

    [Test]
    public async Task Run_SimulateIgnoresTheEnvironmentKey_SimulatorKeyUsed()
    {
        var result = await HostProcess.RunAsync(new Dictionary<string, string?> { ["INCIDENTIO_API_KEY"] = "a-real-looking-key" },
            "run", "incidentio.list_incident_statuses", "--simulate");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
    }

    [Test]
    public async Task Run_SimulateWithExplicitWrongKeyFile_UnauthorizedExit1()
    {
        using var keyFile = new TempWorkflow("wrong-key\n", "key.txt");

        var result = await HostProcess.RunAsync(NoEnvironment, "run", "incidentio.list_severities", "--simulate", "--api-key-file", keyFile.Path, "--json");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(JsonNode.Parse(result.StandardOutput)!["error"]!["http_status"]!.GetValue<int>(), Is.EqualTo(401));
        Assert.That(result.All, Does.Not.Contain("wrong-key"));
    }

    [Test]
    public async Task Workflow_SimulateReadSteps_SummariesExit0()
    {
        using var file = new TempWorkflow("""
            { "name": "Reference data",
              "steps": [
                { "id": "severities", "action": "incidentio.list_severities" },
                { "id": "missing", "action": "incidentio.get_incident", "input": { "incident_id": "INC-999" }, "continue_on_error": true },
                { "id": "types", "action": "incidentio.list_incident_types" } ] }
            """);

        var result = await HostProcess.RunAsync(NoEnvironment, "workflow", file.Path, "--simulate");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("incident.io simulator at http://127.0.0.1:").And.Contain("severities: 3 items"));
        Assert.That(result.StandardOutput, Does.Contain("failed, continuing (continue_on_error) (not_found)"));
        Assert.That(result.StandardOutput, Does.Contain("✓ Reference data: 2 of 3 steps succeeded"));
    }
}
