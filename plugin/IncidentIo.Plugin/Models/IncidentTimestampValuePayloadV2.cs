namespace IncidentIo.Plugin.Models;

/// <summary>A value for one lifecycle timestamp. Spec schema <c>IncidentTimestampValuePayloadV2</c>.</summary>
internal sealed record IncidentTimestampValuePayloadV2
{
    /// <summary>The id of the incident timestamp this value is for.</summary>
    public required string IncidentTimestampId { get; init; }

    /// <summary>The value; absent to clear it.</summary>
    public DateTimeOffset? Value { get; init; }
}
