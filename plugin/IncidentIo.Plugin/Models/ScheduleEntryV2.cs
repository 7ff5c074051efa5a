namespace IncidentIo.Plugin.Models;

/// <summary>One shift of a schedule: who is on call from <c>start_at</c> to <c>end_at</c>. Spec schema <c>ScheduleEntryV2</c>.</summary>
internal sealed record ScheduleEntryV2
{
    /// <summary>When the shift ends (exclusive).</summary>
    public required DateTimeOffset EndAt { get; init; }

    /// <summary>Unique identifier of the entry.</summary>
    public string? EntryId { get; init; }

    /// <summary>Identifies one distinct shift.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>The rotation layer the entry applies to, if any.</summary>
    public string? LayerId { get; init; }

    /// <summary>The rotation the entry applies to, if any.</summary>
    public string? RotationId { get; init; }

    /// <summary>When the shift starts.</summary>
    public required DateTimeOffset StartAt { get; init; }

    /// <summary>Who is on call; absent for an unfilled shift.</summary>
    public UserV2? User { get; init; }
}
