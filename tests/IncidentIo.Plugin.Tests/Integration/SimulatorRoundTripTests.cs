using System.Text.Json.Nodes;
using IncidentIo.Plugin.Actions.CallApi;
using IncidentIo.Plugin.Actions.CreateIncident;
using IncidentIo.Plugin.Actions.GetIncident;
using IncidentIo.Plugin.Actions.ListIncidents;
using IncidentIo.Plugin.Actions.UpdateIncident;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Tests.Support;
using IncidentIo.Simulator;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Integration;

// The new actions against the stateful simulator over real HTTP: what one sends, the next one finds.
[TestFixture]
public sealed class SimulatorRoundTripTests
{
    private const string Minor = "01HQ5SVMXXQKFBF5KZNWJ47TAN";
    private const string Critical = "01HQ5SP1XPA7Z3DJ8FSSZ5AWSH";
    private const string Documenting = "01HQ5SYYK596NGYA1DQ91K5GQA";

    private IncidentIoSimulator _simulator = null!;
    private IncidentIoClientFactory _clients = null!;
    private ActionConnection _connection = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _simulator = await IncidentIoSimulator.StartAsync(new SimulatorOptions());
        _clients = new IncidentIoClientFactory(IncidentIoStub.FastOptions);
        _connection = Connections.To(_simulator.BaseUrl, SimulatorOptions.DefaultApiKey);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _clients.Dispose();
        await _simulator.DisposeAsync();
    }

    [Test]
    public async Task Actions_CreateGetUpdateListCallApi_SeeEachOthersWork()
    {
        var run = new RunInfo("run-roundtrip", "declare", 1);
        var created = (await RunAsync(new CreateIncidentAction(_clients), new { name = "Checkout is down", severity_id = Minor }, run))["incident"]!;
        var reference = (string)created["reference"]!;

        var got = (await RunAsync(new GetIncidentAction(_clients), new { incident_id = reference }))["incident"]!;
        var updated = (await RunAsync(new UpdateIncidentAction(_clients),
            new { incident_id = reference, severity_id = Critical, incident_status_id = Documenting, summary = "Fixed by a rollback" }))["incident"]!;
        var listed = await RunAsync(new ListIncidentsAction(_clients),
            new { status_category = new { one_of = new[] { "learning" } }, severity = new { gte = Critical }, auto_paginate = true });
        var identity = await RunAsync(new CallApiAction(_clients), new { method = "GET", path = "/v1/identity" });

        Assert.Multiple(() =>
        {
            Assert.That((string?)got["id"], Is.EqualTo((string?)created["id"]));
            Assert.That((string?)got["name"], Is.EqualTo("Checkout is down"));
            Assert.That((string?)updated["severity"]!["id"], Is.EqualTo(Critical));
            Assert.That((string?)updated["incident_status"]!["category"], Is.EqualTo("learning"));
            Assert.That((string?)updated["name"], Is.EqualTo("Checkout is down"), "fields not given stay as they were");
            Assert.That(listed["incidents"]!.AsArray().Select(i => (string?)i!["id"]), Does.Contain((string?)created["id"]));
            Assert.That(listed["incidents"]!.AsArray().Select(i => (string?)i!["incident_status"]!["category"]), Is.All.EqualTo("learning"));
            Assert.That((bool?)listed["truncated"], Is.False);
            Assert.That((int?)identity["status"], Is.EqualTo(200));
            Assert.That((string?)identity["body"]!["identity"]!["name"], Is.Not.Empty);
            Assert.That((string?)identity["request_id"], Is.Not.Empty);
            Assert.That(identity["headers"]!.AsObject().Select(h => h.Key), Does.Contain("x-ratelimit-remaining"));
        });
    }

    [Test]
    public async Task CreateIncident_SameStepRetried_ReturnsTheSameIncident()
    {
        var input = new { name = "Payments are slow", severity_id = Minor };

        var first = await RunAsync(new CreateIncidentAction(_clients), input, new RunInfo("run-idem", "declare", 1));
        var retry = await RunAsync(new CreateIncidentAction(_clients), input, new RunInfo("run-idem", "declare", 2));
        var otherRun = await RunAsync(new CreateIncidentAction(_clients), input, new RunInfo("run-idem-2", "declare", 1));

        Assert.Multiple(() =>
        {
            Assert.That((string?)retry["incident"]!["id"], Is.EqualTo((string?)first["incident"]!["id"]));
            Assert.That((string?)otherRun["incident"]!["id"], Is.Not.EqualTo((string?)first["incident"]!["id"]));
            Assert.That(_simulator.State.FindByIdempotencyKey(IdempotencyKey.For(new RunInfo("run-idem", "declare", 9))), Is.Not.Null);
        });
    }

    [Test]
    public async Task ListIncidents_WalkOverManyPages_ReturnsEveryIncidentOnce()
    {
        for (var i = 0; i < 7; i++)
        {
            await RunAsync(new CreateIncidentAction(_clients), new { name = $"Walk {i}", severity_id = Minor, mode = "test" }, new RunInfo("run-walk", $"step-{i}", 1));
        }

        var listed = await RunAsync(new ListIncidentsAction(_clients),
            new { mode = new { one_of = new[] { "test" } }, auto_paginate = true, page_size = 2 });

        var ids = listed["incidents"]!.AsArray().Select(i => (string?)i!["id"]).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Has.Count.EqualTo(7).And.Unique);
            Assert.That((long?)listed["total_record_count"], Is.EqualTo(7));
        });
    }

    private Task<JsonObject> RunAsync(IWorkflowAction action, object input, RunInfo? run = null) =>
        ActionRuns.OutputAsync(action, _connection, input, run ?? RunInfo.AdHoc("step"));
}
