namespace IncidentIo.Plugin.Models;

/// <summary>A schedule's entries in a window, before and after overrides. Spec schema <c>ScheduleEntriesListPayloadV2</c>.</summary>
internal sealed record ScheduleEntriesListPayloadV2
{
    /// <summary>The effective rota after overrides were merged in: who is really on call.</summary>
    public required IReadOnlyList<ScheduleEntryV2> Final { get; init; }

    /// <summary>Overrides within the window.</summary>
    public IReadOnlyList<ScheduleEntryV2>? Overrides { get; init; }

    /// <summary>Entries from the rotation rules, before overrides.</summary>
    public IReadOnlyList<ScheduleEntryV2>? Scheduled { get; init; }
}
