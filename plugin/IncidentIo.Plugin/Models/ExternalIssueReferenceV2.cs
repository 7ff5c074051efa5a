namespace IncidentIo.Plugin.Models;

/// <summary>A ticket in an external issue tracker. Spec schema <c>ExternalIssueReferenceV2</c>.</summary>
internal sealed record ExternalIssueReferenceV2
{
    /// <summary>Human readable ID for the issue.</summary>
    public string? IssueName { get; init; }

    /// <summary>URL linking directly to the action in the issue tracker.</summary>
    public string? IssuePermalink { get; init; }

    /// <summary>ID of the issue tracker provider. Known values: asana, azure_devops, click_up, linear, jira, jira_server, github, gitlab, service_now, shortcut, notion; a string, because incident.io may add values.</summary>
    public string? Provider { get; init; }
}
