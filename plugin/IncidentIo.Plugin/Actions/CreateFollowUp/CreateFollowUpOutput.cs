using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.CreateFollowUp;

/// <summary>Output of incidentio.create_follow_up: the follow-up (<c>FollowUpV2</c>).</summary>
internal sealed record CreateFollowUpOutput(FollowUpV2 FollowUp);
