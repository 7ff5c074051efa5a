using IncidentIo.Simulator;
using IncidentPlugin.TestSupport;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.EndToEnd;

/// <summary>
/// <c>workflow host-sandbox/examples/alert-to-page.json</c> through the published plugin: alert events with the alert
/// source's token (not the API key), an escalation and a follow-up, then the resolved event.
/// </summary>
[Category("EndToEnd")]
[Category("IncidentIoActions")]
public class AlertToPageEndToEndTests
{
    private static string Example => Path.Combine(RepoPaths.Root, "host-sandbox", "examples", "alert-to-page.json");

    [Test]
    public async Task Workflow_AlertToPageSimulate_EveryStepSucceeds()
    {
        var result = await HostProcess.RunAsync(new Dictionary<string, string?>(), "workflow", Example, "--simulate");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StandardOutput, Does.Match(@"✓ page +incidentio\.create_escalation "));
        Assert.That(result.StandardOutput, Does.Match(@"✓ alerts +incidentio\.list_alerts .*alerts: 1 item"));
    }

    [Test]
    public async Task Workflow_AgainstOneSimulator_OneResolvedAlertOneEscalationOneFollowUp()
    {
        await using var simulator = await IncidentIoSimulator.StartAsync(new SimulatorOptions());
        var environment = new Dictionary<string, string?>
        {
            ["INCIDENTIO_API_KEY"] = SimulatorOptions.DefaultApiKey,
            ["INCIDENTIO_ALERT_SOURCE_TOKEN"] = $"{simulator.BaseUrl}/v2/alert_events/http/x?token={simulator.AlertSourceToken}",
        };

        var result = await HostProcess.RunAsync(environment, "workflow", Example, "--base-url", simulator.BaseUrl, "--json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var alerts = simulator.State.Alerts.All();
        var escalations = simulator.State.Escalations.All();
        Assert.Multiple(() =>
        {
            Assert.That(alerts.Select(a => (string?)a["status"]), Is.EqualTo(Seq.Of("resolved")), "two firing events and a resolved one with one key: one alert");
            Assert.That(escalations, Has.Count.EqualTo(1));
            Assert.That((string?)escalations[0]["related_incidents"]![0]!["reference"], Is.EqualTo("INC-1"));
            Assert.That(simulator.State.FollowUps.All(), Has.Count.EqualTo(1));
            Assert.That(result.StandardOutput, Does.Not.Contain(simulator.AlertSourceToken!));
        });
    }
}
