using System.Diagnostics;
using System.Text.Json;
using IncidentIo.Plugin.Actions.GetIncident;
using IncidentIo.Plugin.Actions.ListSeverities;
using IncidentIo.Plugin.Telemetry;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Telemetry;

/// <summary>The span and measurements a host collects for one execution: a success, a retried call and a failure.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ActionTelemetryTests : StubFixture
{
    private const string Severities = """{"severities":[]}""";

    private TelemetryCapture _capture = null!;

    [SetUp]
    public void Listen() => _capture = new TelemetryCapture();

    [TearDown]
    public void StopListening() => _capture.Dispose();

    [Test]
    public async Task ExecuteAsync_Success_OneSpanUnderTheHostSpanWithRunStepAttemptsAndRequestId()
    {
        Stub.Returns("GET", "/v1/severities", 200, Severities, ("X-Request-Id", "req-ok-1"));
        using var hostSource = new ActivitySource(TelemetryCapture.HostSource);
        var run = new RunInfo("run-success", "severities", 2);

        using (var host = hostSource.StartActivity("host step"))
        {
            await ActionRuns.OutputAsync(new ListSeveritiesAction(Clients), Stub.Connection(), null, run);
        }

        var span = _capture.SpanFor("run-success");
        var hostSpan = _capture.Spans.Single(s => s.Source.Name == TelemetryCapture.HostSource);
        Assert.Multiple(() =>
        {
            Assert.That(span.OperationName, Is.EqualTo("incidentio.list_severities"));
            Assert.That(span.ParentSpanId, Is.EqualTo(hostSpan.SpanId), "nested under the host's span");
            Assert.That(span.GetTagItem("workflow.action.id"), Is.EqualTo("incidentio.list_severities"));
            Assert.That(span.GetTagItem("workflow.step.id"), Is.EqualTo("severities"));
            Assert.That(span.GetTagItem("workflow.step.attempt"), Is.EqualTo(2));
            Assert.That(span.GetTagItem("incidentio.http.attempts"), Is.EqualTo(1));
            Assert.That(span.GetTagItem("workflow.action.outcome"), Is.EqualTo("success"));
            Assert.That(span.GetTagItem("incidentio.request_id"), Is.EqualTo("req-ok-1"));
            Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Ok));
            Assert.That(_capture.Sum("incidentio.client.calls", "GET /v1/severities"), Is.EqualTo(1));
            Assert.That(_capture.Sum("incidentio.client.retries", "GET /v1/severities"), Is.Zero);
            Assert.That(_capture.Measurements.Where(m => m.Instrument == "incidentio.client.call.duration_seconds").Select(m => m.Unit), Is.EqualTo(new[] { "s" }));
            Assert.That(_capture.Measurements.Count(m => m.Instrument == "incidentio.action.duration_seconds"
                && Equals(m.Tags["workflow.action.id"], "incidentio.list_severities")), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ExecuteAsync_RetriedCall_AttemptsAndRetriesCounted()
    {
        Stub.ReturnsInTurn("GET", "/v1/severities",
            r => r.WithStatusCode(503),
            r => r.WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Severities));

        await ActionRuns.OutputAsync(new ListSeveritiesAction(Clients), Stub.Connection(), null, new RunInfo("run-retried", "s", 1));

        var span = _capture.SpanFor("run-retried");
        Assert.Multiple(() =>
        {
            Assert.That(span.GetTagItem("incidentio.http.attempts"), Is.EqualTo(2));
            Assert.That(span.GetTagItem("workflow.action.outcome"), Is.EqualTo("success"));
            Assert.That(_capture.Sum("incidentio.client.retries", "GET /v1/severities"), Is.EqualTo(1));
            Assert.That(_capture.Sum("incidentio.client.calls", "GET /v1/severities"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ExecuteAsync_NobodyListening_RunsWithoutASpan()
    {
        _capture.Dispose();
        Stub.Returns("GET", "/v1/severities", 200, Severities, ("X-Request-Id", "req-ok-2"));

        var output = await ActionRuns.OutputAsync(new ListSeveritiesAction(Clients), Stub.Connection(), null, new RunInfo("run-unheard", "s", 1));

        Assert.Multiple(() =>
        {
            Assert.That(output.ToJsonString(), Does.Contain("\"severities\":[]"));
            Assert.That(Activity.Current, Is.Null);
        });
    }

    [Test]
    public async Task ExecuteAsync_InputRefusedBeforeAnyCall_SpanSaysNoHttpAttempts()
    {
        var run = new RunInfo("run-refused", "get", 1);

        var result = await new GetIncidentAction(Clients).ExecuteAsync(
            Connections.Context(Stub.Connection(), new { incident_id = " " }, run), CancellationToken.None);

        var span = _capture.SpanFor("run-refused");
        Assert.Multiple(() =>
        {
            Assert.That(result.Error?.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(span.GetTagItem("incidentio.http.attempts"), Is.EqualTo(0));
            Assert.That(span.GetTagItem("workflow.action.outcome"), Is.EqualTo(ActionErrorCodes.ValidationFailed));
        });
    }

    [Test]
    public void AddCall_CurrentSpanIsTheHosts_LeavesItAlone()
    {
        using var hostSource = new ActivitySource(TelemetryCapture.HostSource);
        using var host = hostSource.StartActivity("host step")!;

        ActionTelemetry.AddCall(2, "req-host");

        Assert.That(host.TagObjects, Is.Empty);
    }

    [Test]
    public void AddCall_NoRequestId_KeepsTheLastOneAndAddsTheAttempts()
    {
        using (var telemetry = ActionTelemetry.Start("incidentio.test", new RunInfo("run-calls", "s", 1)))
        {
            ActionTelemetry.AddCall(1, "req-first");
            ActionTelemetry.AddCall(3, null);
            telemetry.Finish(ActionResult.Success(JsonDocument.Parse("{}").RootElement));
        }

        var span = _capture.SpanFor("run-calls");
        Assert.Multiple(() =>
        {
            Assert.That(span.GetTagItem("incidentio.http.attempts"), Is.EqualTo(4));
            Assert.That(span.GetTagItem("incidentio.request_id"), Is.EqualTo("req-first"));
        });
    }

    [Test]
    public async Task ExecuteAsync_Failure_ErrorStatusCodeAndRequestIdButNoSecret()
    {
        Stub.Returns("GET", "/v2/incidents/01NOPE", 404, """{"type":"not_found","status":404,"request_id":"req-404"}""");
        var run = new RunInfo("run-failed", "get", 1);

        var result = await new GetIncidentAction(Clients).ExecuteAsync(
            Connections.Context(Stub.Connection(), new { incident_id = "01NOPE" }, run), CancellationToken.None);

        var span = _capture.SpanFor("run-failed");
        var everyTag = _capture.Spans.SelectMany(s => s.TagObjects).Select(t => $"{t.Key}={t.Value}")
            .Concat(_capture.Measurements.SelectMany(m => m.Tags).Select(t => $"{t.Key}={t.Value}"));
        Assert.Multiple(() =>
        {
            Assert.That(result.Error?.Code, Is.EqualTo(ActionErrorCodes.NotFound));
            Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Error));
            Assert.That(span.GetTagItem("workflow.action.outcome"), Is.EqualTo("not_found"));
            Assert.That(span.GetTagItem("error.type"), Is.EqualTo("not_found"));
            Assert.That(span.GetTagItem("incidentio.request_id"), Is.EqualTo("req-404"));
            Assert.That(_capture.Measurements.Any(m => m.Instrument == "incidentio.client.calls"
                && Equals(m.Tags["workflow.action.outcome"], "not_found") && Equals(m.Tags["http.response.status_code"], 404)), Is.True);
            Assert.That(everyTag, Has.None.Contains(IncidentIoStub.ApiKey));
        });
    }
}
