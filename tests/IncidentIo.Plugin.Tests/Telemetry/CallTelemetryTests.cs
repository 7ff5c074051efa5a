using System.Diagnostics.Metrics;
using System.Threading.RateLimiting;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Telemetry;
using RestSharp;

namespace IncidentIo.Plugin.Tests.Telemetry;

/// <summary>A finished call's counters and a rate-limit wait, as a host's collector sees them.</summary>
[TestFixture]
[NonParallelizable]
public sealed class CallTelemetryTests
{
    private static readonly ApiOperation ListSeverities = new(Method.Get, "/v1/severities", "list severities", null, SafeToRetry: true);

    [TestCase(1, new double[0])]
    [TestCase(2, new[] { 1.0 })]
    [TestCase(4, new[] { 3.0 })]
    public void Record_AttemptsOfACall_RetriesCountOnlyTheAttemptsAfterTheFirst(int attempts, double[] expectedRetries)
    {
        using var capture = new TelemetryCapture();

        CallTelemetry.Record(ListSeverities, ApiResponse<string>.Success("ok", 200, "req-1", attempts), TimeSpan.FromMilliseconds(250));

        Assert.Multiple(() =>
        {
            Assert.That(Values(capture, "incidentio.client.retries"), Is.EqualTo(expectedRetries));
            Assert.That(Values(capture, "incidentio.client.calls"), Is.EqualTo(new[] { 1.0 }), "one call whatever its attempts");
            Assert.That(Values(capture, "incidentio.client.call.duration_seconds"), Is.EqualTo(new[] { 0.25 }));
        });
    }

    [Test]
    public void Record_SuccessfulCall_TaggedWithOperationOutcomeAndStatus()
    {
        using var capture = new TelemetryCapture();

        CallTelemetry.Record(ListSeverities, ApiResponse<string>.Success("ok", 200, "req-1", 1), TimeSpan.FromSeconds(1));

        var call = capture.Measurements.Single(m => m.Instrument == "incidentio.client.calls");
        var duration = capture.Measurements.Single(m => m.Instrument == "incidentio.client.call.duration_seconds");
        Assert.Multiple(() =>
        {
            Assert.That(call.Tags, Is.EquivalentTo(new Dictionary<string, object?>
            {
                ["incidentio.operation"] = "GET /v1/severities",
                ["workflow.action.outcome"] = "success",
                ["http.response.status_code"] = 200,
            }));
            Assert.That(duration.Tags, Is.EquivalentTo(new Dictionary<string, object?>
            {
                ["incidentio.operation"] = "GET /v1/severities",
                ["workflow.action.outcome"] = "success",
            }));
        });
    }

    // Recording is skipped only when nobody collects any of the call's instruments: one collected is enough.
    [TestCase("incidentio.client.calls")]
    [TestCase("incidentio.client.call.duration_seconds")]
    [TestCase("incidentio.client.retries")]
    public void Record_OnlyOneInstrumentCollected_ThatOneRecorded(string instrument)
    {
        var recorded = new List<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (published, l) =>
            {
                if (published.Meter.Name == PluginTelemetry.Name && published.Name == instrument)
                {
                    l.EnableMeasurementEvents(published);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((published, _, _, _) => recorded.Add(published.Name));
        listener.SetMeasurementEventCallback<double>((published, _, _, _) => recorded.Add(published.Name));
        listener.Start();

        CallTelemetry.Record(ListSeverities, ApiResponse<string>.Success("ok", 200, null, 2), TimeSpan.FromSeconds(1));

        Assert.That(recorded, Is.EqualTo(new[] { instrument }));
    }

    [Test]
    public async Task AcquireAsync_PermitFree_GrantedWithoutAWait()
    {
        using var capture = new TelemetryCapture();
        using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 1 });

        using var lease = await CallTelemetry.AcquireAsync(limiter, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(lease.IsAcquired, Is.True);
            Assert.That(Values(capture, "incidentio.client.rate_limit.waits"), Is.Empty);
            Assert.That(Values(capture, "incidentio.client.rate_limit.wait_duration_seconds"), Is.Empty);
        });
    }

    [Test]
    public async Task AcquireAsync_NoPermitFree_QueuesUntilOneIsReleasedAndCountsOneWait()
    {
        using var capture = new TelemetryCapture();
        using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 1 });
        var held = await CallTelemetry.AcquireAsync(limiter, CancellationToken.None);

        var queued = CallTelemetry.AcquireAsync(limiter, CancellationToken.None).AsTask();
        Assert.That(queued.IsCompleted, Is.False, "no permit free: queued");
        await Task.Delay(50);
        held.Dispose();
        using var lease = await queued.WaitAsync(TimeSpan.FromSeconds(10));

        var waited = Values(capture, "incidentio.client.rate_limit.wait_duration_seconds");
        Assert.Multiple(() =>
        {
            Assert.That(lease.IsAcquired, Is.True);
            Assert.That(limiter.GetStatistics()!.CurrentAvailablePermits, Is.Zero, "the queued lease holds the only permit");
            Assert.That(Values(capture, "incidentio.client.rate_limit.waits"), Is.EqualTo(new[] { 1.0 }));
            Assert.That(waited, Has.Length.EqualTo(1));
            Assert.That(waited, Has.All.GreaterThanOrEqualTo(0.04), "the time it queued, in seconds");
        });
    }

    private static double[] Values(TelemetryCapture capture, string instrument) =>
        [.. capture.Measurements.Where(m => m.Instrument == instrument).Select(m => m.Value)];
}
