using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.GetOnCall;

/// <summary>Output of incidentio.get_on_call.</summary>
/// <param name="ScheduleId">The schedule asked about.</param>
/// <param name="At">The instant, UTC, to the second.</param>
/// <param name="Users">Everyone on call at that instant, once each (<c>UserV2</c>); empty when no shift is filled.</param>
/// <param name="Entries">The final entries covering that instant (<c>ScheduleEntryV2</c>), one per rotation and layer.</param>
internal sealed record GetOnCallOutput(string ScheduleId, DateTimeOffset At, IReadOnlyList<UserV2> Users, IReadOnlyList<ScheduleEntryV2> Entries);
