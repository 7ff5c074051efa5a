namespace IncidentIo.Plugin.Models;

/// <summary>The body of <c>POST /v2/follow_ups/{id}/actions/connect_external_issue</c>. Spec schema <c>FollowUpsConnectExternalIssuePayloadV2</c>.</summary>
internal sealed record FollowUpsConnectExternalIssuePayloadV2
{
    /// <summary>The issue tracker: asana, azure_devops, click_up, linear, jira, jira_server, github, gitlab, service_now, shortcut or notion.</summary>
    public required string Provider { get; init; }

    /// <summary>URL of the issue in the tracker.</summary>
    public required string Url { get; init; }
}
