using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.ListFollowUps;

/// <summary>Output of incidentio.list_follow_ups: every matching follow-up (<c>FollowUpV2</c>).</summary>
internal sealed record ListFollowUpsOutput(IReadOnlyList<FollowUpV2> FollowUps);
