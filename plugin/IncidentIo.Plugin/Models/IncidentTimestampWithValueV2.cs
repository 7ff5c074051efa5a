namespace IncidentIo.Plugin.Models;

/// <summary>A lifecycle timestamp of an incident and its value. Spec schema <c>IncidentTimestampWithValueV2</c>.</summary>
internal sealed record IncidentTimestampWithValueV2
{
    /// <summary>The lifecycle timestamp.</summary>
    public required IncidentTimestampV2 IncidentTimestamp { get; init; }

    /// <summary>Its value for this incident, when set.</summary>
    public IncidentTimestampValueV2? Value { get; init; }
}
