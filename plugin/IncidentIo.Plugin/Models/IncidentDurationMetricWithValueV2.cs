namespace IncidentIo.Plugin.Models;

/// <summary>A duration metric of an incident and its measurement. Spec schema <c>IncidentDurationMetricWithValueV2</c>.</summary>
internal sealed record IncidentDurationMetricWithValueV2
{
    /// <summary>The metric measured.</summary>
    public required IncidentDurationMetricV2 DurationMetric { get; init; }

    /// <summary>Whether value_seconds matches this incident's current timestamps ('success'), or why it doesn't. Known values: success, timestamps_missing, calculating, invalid_timestamps; a string, because incident.io may add values.</summary>
    public string? Status { get; init; }

    /// <summary>The duration we last calculated for this metric, omitted if we've never calculated one.</summary>
    public long? ValueSeconds { get; init; }
}
