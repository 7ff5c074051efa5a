namespace IncidentIo.Plugin.Models;

/// <summary>A duration metric definition. Spec schema <c>IncidentDurationMetricV2</c>.</summary>
internal sealed record IncidentDurationMetricV2
{
    /// <summary>Unique ID of this incident duration metric.</summary>
    public required string Id { get; init; }

    /// <summary>Unique name of this duration metric.</summary>
    public string? Name { get; init; }
}
