namespace IncidentIo.Plugin.Models;

/// <summary>The 200 body of <c>POST /v2/follow_ups/{id}/actions/connect_external_issue</c>. Spec schema <c>FollowUpsConnectExternalIssueResultV2</c>.</summary>
internal sealed record FollowUpsConnectExternalIssueResultV2
{
    /// <summary>The follow-up.</summary>
    public required FollowUpV2 FollowUp { get; init; }
}
