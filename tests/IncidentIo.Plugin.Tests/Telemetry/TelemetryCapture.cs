using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace IncidentIo.Plugin.Tests.Telemetry;

/// <summary>What a host's collector sees: the plugin's spans (by source name) and measurements (by meter name).</summary>
internal sealed class TelemetryCapture : IDisposable
{
    private const string Name = "IncidentIo.Plugin";
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters = new();

    public TelemetryCapture()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name is Name or HostSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Spans.Add,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.Start();
    }

    /// <summary>The source a test uses to play the host's own span.</summary>
    public const string HostSource = "Test.Host";

    public ConcurrentBag<Activity> Spans { get; } = [];

    public ConcurrentQueue<(string Instrument, string Unit, double Value, Dictionary<string, object?> Tags)> Measurements { get; } = new();

    public Activity SpanFor(string runId) => Spans.Single(s => s.Source.Name == Name && (string?)s.GetTagItem("workflow.run.id") == runId);

    public double Sum(string instrument, string operation) =>
        Measurements.Where(m => m.Instrument == instrument && Equals(m.Tags.GetValueOrDefault("incidentio.operation"), operation)).Sum(m => m.Value);

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        Measurements.Enqueue((instrument.Name, instrument.Unit ?? "", value, copy));
    }
}
