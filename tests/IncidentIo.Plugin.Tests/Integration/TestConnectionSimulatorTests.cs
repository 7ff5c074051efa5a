using System.Text.Json.Nodes;
using IncidentIo.Plugin.Actions.TestConnection;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Tests.Support;
using IncidentIo.Simulator;

namespace IncidentIo.Plugin.Tests.Integration;

// The connection report against the simulator over real HTTP, with keys that hold some scopes and not others.
[TestFixture]
public sealed class TestConnectionSimulatorTests
{
    private const string NoAlertsKey = "sim_no_alerts_key";

    private IncidentIoSimulator _simulator = null!;
    private IncidentIoClientFactory _clients = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _simulator = await IncidentIoSimulator.StartAsync(new SimulatorOptions
        {
            ExtraApiKeys =
            [
                new SimulatorApiKey
                {
                    Key = NoAlertsKey,
                    Name = "Workflows without alerts",
                    Roles = ["viewer", "incident_creator"],
                    Scopes = ["severities.view", "incidents.view", "custom_fields.view", "incident_roles.view", "incidents.create"],
                },
            ],
        });
        _clients = new IncidentIoClientFactory(IncidentIoStub.FastOptions);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _clients.Dispose();
        await _simulator.DisposeAsync();
    }

    [Test]
    public async Task ExecuteAsync_KeyWithoutSomeReadScopes_MeasuresExactlyThoseAsMissing()
    {
        var output = await ActionRuns.OutputAsync(new TestConnectionAction(_clients), Connections.To(_simulator.BaseUrl, NoAlertsKey));

        var measured = Checks(output).Where(c => c.Basis == "probe").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(measured.Where(c => c.Granted == "yes").Select(c => c.Scope),
                Is.EquivalentTo(new[] { "severities.view", "incidents.view", "custom_fields.view", "incident_roles.view" }));
            Assert.That(measured.Where(c => c.Granted == "no").Select(c => c.Scope), Does.Contain("alerts.view").And.Contain("schedules.view").And.Contain("users.view"));
            Assert.That(Readiness(output, "incidentio.list_alerts"), Is.EqualTo(("no", "probe")));
            Assert.That(Readiness(output, "incidentio.get_incident"), Is.EqualTo(("yes", "probe")));
            Assert.That(Readiness(output, "incidentio.create_incident"), Is.EqualTo(("yes", "role_guess")));
            Assert.That((string?)output["identity"]!["name"], Is.EqualTo("Workflows without alerts"));
            Assert.That(Schemas.Errors(ActionManifests.Load("test-connection")["output"]!, output), Is.Empty);
        });
    }

    [Test]
    public async Task ExecuteAsync_DefaultKey_CanRunEveryScopedAction()
    {
        var output = await ActionRuns.OutputAsync(new TestConnectionAction(_clients), Connections.To(_simulator.BaseUrl, SimulatorOptions.DefaultApiKey));

        Assert.Multiple(() =>
        {
            Assert.That(Checks(output).Where(c => c.Granted != "yes"), Is.Empty, "the default key has every scope in the simulator's model");
            Assert.That(output["actions"]!.AsArray().Where(a => (string?)a!["can_run"] == "no"), Is.Empty);
        });
    }

    private static IEnumerable<(string? Scope, string? Granted, string? Basis)> Checks(JsonObject output) =>
        output["scopes"]!.AsArray().Select(c => ((string?)c!["scope"], (string?)c["granted"], (string?)c["basis"]));

    private static (string?, string?) Readiness(JsonObject output, string action)
    {
        var readiness = output["actions"]!.AsArray().Single(a => (string?)a!["action"] == action)!;
        return ((string?)readiness["can_run"], (string?)readiness["basis"]);
    }
}
