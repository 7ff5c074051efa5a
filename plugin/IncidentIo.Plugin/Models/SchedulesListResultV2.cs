namespace IncidentIo.Plugin.Models;

/// <summary>One page of <c>GET /v2/schedules</c>. Spec schema <c>SchedulesListResultV2</c>.</summary>
internal sealed record SchedulesListResultV2
{
    /// <summary>Where the next page starts; optional in the spec.</summary>
    public PaginationMetaResultWithTotalV2? PaginationMeta { get; init; }

    /// <summary>The schedules on this page.</summary>
    public required IReadOnlyList<ScheduleV2> Schedules { get; init; }
}
