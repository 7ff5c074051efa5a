using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.ListSchedules;

/// <summary>Output of incidentio.list_schedules.</summary>
/// <param name="Schedules">The schedules on this page (<c>ScheduleV2</c>).</param>
/// <param name="NextCursor">Pass as <c>after</c> to continue; absent on the last page.</param>
internal sealed record ListSchedulesOutput(IReadOnlyList<ScheduleV2> Schedules, string? NextCursor);
