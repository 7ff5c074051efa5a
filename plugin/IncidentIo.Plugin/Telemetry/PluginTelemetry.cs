using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace IncidentIo.Plugin.Telemetry;

/// <summary>
/// The plugin's <see cref="ActivitySource"/> and <see cref="Meter"/>, both named <see cref="Name"/>, so a host collects
/// them with OpenTelemetry's <c>AddSource("IncidentIo.Plugin")</c> / <c>AddMeter("IncidentIo.Plugin")</c> or any
/// <see cref="ActivityListener"/> / <see cref="MeterListener"/>. The names are a documented contract (docs/hosting.md,
/// "Telemetry"). Instruments are created once per plugin load; recording is free while nobody listens.
/// </summary>
internal static class PluginTelemetry
{
    public const string Name = "IncidentIo.Plugin";

    // Stryker disable once String : unreachable; a compiled assembly always has a version (0.0.0.0 at the least)
    public static readonly string Version = typeof(PluginTelemetry).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static readonly ActivitySource Source = new(Name, Version);

    public static readonly Meter Meter = new(Name, Version);

    /// <summary>incident.io API calls made (one per call, however many attempts), tagged with operation and outcome.</summary>
    public static readonly Counter<long> Calls = Meter.CreateCounter<long>(
        "incidentio.client.calls", "{call}", "incident.io API calls, one per call whatever its attempts.");

    /// <summary>Attempts after the first, tagged with operation.</summary>
    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "incidentio.client.retries", "{retry}", "Attempts after the first one of a call.");

    /// <summary>Attempts that had to queue for a client-side rate-limit permit.</summary>
    public static readonly Counter<long> RateLimitWaits = Meter.CreateCounter<long>(
        "incidentio.client.rate_limit.waits", "{wait}", "Attempts that queued for a client-side rate-limit permit.");

    /// <summary>How long those attempts queued.</summary>
    public static readonly Histogram<double> RateLimitWaitSeconds = Meter.CreateHistogram<double>(
        "incidentio.client.rate_limit.wait_duration_seconds", "s", "Time an attempt queued for a client-side rate-limit permit.");

    /// <summary>One call from first attempt to result, back-off and rate-limit waits included.</summary>
    public static readonly Histogram<double> CallSeconds = Meter.CreateHistogram<double>(
        "incidentio.client.call.duration_seconds", "s", "One incident.io API call, every attempt and wait included.");

    /// <summary>One action execution, tagged with action id and outcome.</summary>
    public static readonly Histogram<double> ActionSeconds = Meter.CreateHistogram<double>(
        "incidentio.action.duration_seconds", "s", "One action execution, from input to result.");
}
