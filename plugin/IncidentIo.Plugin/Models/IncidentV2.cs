namespace IncidentIo.Plugin.Models;

/// <summary>An incident (v2): the body of create, show, edit and list. Spec schema <c>IncidentV2</c>.</summary>
internal sealed record IncidentV2
{
    /// <summary>The call URL attached to this incident.</summary>
    public string? CallUrl { get; init; }

    /// <summary>When the incident was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who or what declared the incident.</summary>
    public ActorV2? Creator { get; init; }

    /// <summary>Custom field entries for this incident.</summary>
    public IReadOnlyList<CustomFieldEntryV2>? CustomFieldEntries { get; init; }

    /// <summary>Incident duration metrics and their measurements for this incident.</summary>
    public IReadOnlyList<IncidentDurationMetricWithValueV2>? DurationMetrics { get; init; }

    /// <summary>The issue-tracker ticket linked to the incident, if any.</summary>
    public ExternalIssueReferenceV2? ExternalIssueReference { get; init; }

    /// <summary>If this incident has a debrief attached.</summary>
    public bool? HasDebrief { get; init; }

    /// <summary>Unique identifier for the incident.</summary>
    public required string Id { get; init; }

    /// <summary>A list of who is assigned to each role for this incident.</summary>
    public IReadOnlyList<IncidentRoleAssignmentV2>? IncidentRoleAssignments { get; init; }

    /// <summary>The current status; its category says where the incident is in its lifecycle.</summary>
    public required IncidentStatusV2 IncidentStatus { get; init; }

    /// <summary>Incident lifecycle events and when they occurred.</summary>
    public IReadOnlyList<IncidentTimestampWithValueV2>? IncidentTimestampValues { get; init; }

    /// <summary>The incident type, when the organisation uses types.</summary>
    public IncidentTypeV2? IncidentType { get; init; }

    /// <summary>Whether the incident is real, a test, a tutorial, or importing as a retrospective incident. Known values: standard, retrospective, test, tutorial; a string, because incident.io may add values.</summary>
    public required string Mode { get; init; }

    /// <summary>Explanation of the incident.</summary>
    public required string Name { get; init; }

    /// <summary>A permanent link to the homepage for this incident.</summary>
    public string? Permalink { get; init; }

    /// <summary>An array of IDs of postmortem documents for this incident.</summary>
    public IReadOnlyList<string>? PostmortemDocumentIds { get; init; }

    /// <summary>The URL of the incident post-mortem document.</summary>
    public string? PostmortemDocumentUrl { get; init; }

    /// <summary>Reference to this incident, as displayed across the product.</summary>
    public required string Reference { get; init; }

    /// <summary>The severity; absent e.g. while the incident is in triage.</summary>
    public SeverityV2? Severity { get; init; }

    /// <summary>ID of the Slack channel in the organisation Slack workspace. Required by the spec, but the channel is sometimes created asynchronously, so it can be absent right after creation.</summary>
    public string? SlackChannelId { get; init; }

    /// <summary>Name of the slack channel.</summary>
    public string? SlackChannelName { get; init; }

    /// <summary>ID of the Slack team / workspace.</summary>
    public string? SlackTeamId { get; init; }

    /// <summary>Detailed description of the incident.</summary>
    public string? Summary { get; init; }

    /// <summary>When the incident was last updated.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Whether the incident should be open to anyone in your Slack workspace (public), or invite-only (private). Known values: public, private; a string, because incident.io may add values.</summary>
    public required string Visibility { get; init; }

    /// <summary>Amount of time spent on the incident in late hours.</summary>
    public double? WorkloadMinutesLate { get; init; }

    /// <summary>Amount of time spent on the incident in sleeping hours.</summary>
    public double? WorkloadMinutesSleeping { get; init; }

    /// <summary>Amount of time spent on the incident in total.</summary>
    public double? WorkloadMinutesTotal { get; init; }

    /// <summary>Amount of time spent on the incident in working hours.</summary>
    public double? WorkloadMinutesWorking { get; init; }
}
