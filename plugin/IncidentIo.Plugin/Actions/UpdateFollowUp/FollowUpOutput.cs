using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.UpdateFollowUp;

/// <summary>Output of incidentio.update_follow_up and incidentio.connect_follow_up_issue: the follow-up (<c>FollowUpV2</c>).</summary>
internal sealed record FollowUpOutput(FollowUpV2 FollowUp)
{
    /// <summary>The input naming the follow-up in the path.</summary>
    public const string FollowUpIdField = "follow_up_id";
}
