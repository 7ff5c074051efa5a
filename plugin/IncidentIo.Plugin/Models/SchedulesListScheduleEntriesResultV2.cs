namespace IncidentIo.Plugin.Models;

/// <summary>The answer of <c>GET /v2/schedule_entries</c>. Spec schema <c>SchedulesListScheduleEntriesResultV2</c>.</summary>
internal sealed record SchedulesListScheduleEntriesResultV2
{
    /// <summary>Present while more entries exist in the window.</summary>
    public AfterPaginationMetaResultV2? PaginationMeta { get; init; }

    /// <summary>The entries.</summary>
    public required ScheduleEntriesListPayloadV2 ScheduleEntries { get; init; }
}
