namespace IncidentIo.Plugin.Models;

/// <summary>The value of a lifecycle timestamp. Spec schema <c>IncidentTimestampValueV2</c>.</summary>
internal sealed record IncidentTimestampValueV2
{
    /// <summary>The current value of this timestamp, for this incident.</summary>
    public DateTimeOffset? Value { get; init; }
}
