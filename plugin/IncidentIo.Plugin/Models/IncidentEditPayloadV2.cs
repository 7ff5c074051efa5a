namespace IncidentIo.Plugin.Models;

/// <summary>The fields an edit changes (all optional; absent ones are left alone). Spec schema <c>IncidentEditPayloadV2</c>.</summary>
internal sealed record IncidentEditPayloadV2
{
    /// <summary>The call URL attached to this incident.</summary>
    public string? CallUrl { get; init; }

    /// <summary>Set the incident's custom fields to these values.</summary>
    public IReadOnlyList<CustomFieldEntryPayloadV2>? CustomFieldEntries { get; init; }

    /// <summary>Assign incident roles to these people.</summary>
    public IReadOnlyList<IncidentRoleAssignmentPayloadV2>? IncidentRoleAssignments { get; init; }

    /// <summary>Incident status to move the incident to.</summary>
    public string? IncidentStatusId { get; init; }

    /// <summary>Assign the incident's timestamps to these values.</summary>
    public IReadOnlyList<IncidentTimestampValuePayloadV2>? IncidentTimestampValues { get; init; }

    /// <summary>Explanation of the incident.</summary>
    public string? Name { get; init; }

    /// <summary>The ID of the current severity of this incident.</summary>
    public string? SeverityId { get; init; }

    /// <summary>Override the name of the incident Slack channel.</summary>
    public string? SlackChannelNameOverride { get; init; }

    /// <summary>Detailed description of the incident.</summary>
    public string? Summary { get; init; }
}
