namespace IncidentIo.Plugin.Models;

/// <summary>Body of <c>POST /v2/incidents</c>. Spec schema <c>IncidentsCreatePayloadV2</c>.</summary>
internal sealed record IncidentsCreatePayloadV2
{
    /// <summary>Set the incident's custom fields to these values.</summary>
    public IReadOnlyList<CustomFieldEntryPayloadV2>? CustomFieldEntries { get; init; }

    /// <summary>Unique string used to de-duplicate incident create requests.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>Assign incident roles to these people.</summary>
    public IReadOnlyList<IncidentRoleAssignmentPayloadV2>? IncidentRoleAssignments { get; init; }

    /// <summary>Incident status to assign to the incident.</summary>
    public string? IncidentStatusId { get; init; }

    /// <summary>Assign the incident's timestamps to these values.</summary>
    public IReadOnlyList<IncidentTimestampValuePayloadV2>? IncidentTimestampValues { get; init; }

    /// <summary>Incident type to create this incident as.</summary>
    public string? IncidentTypeId { get; init; }

    /// <summary>standard, retrospective, test or tutorial.</summary>
    public string? Mode { get; init; }

    /// <summary>Explanation of the incident.</summary>
    public string? Name { get; init; }

    /// <summary>Only for retrospective incidents.</summary>
    public RetrospectiveIncidentOptionsV2? RetrospectiveIncidentOptions { get; init; }

    /// <summary>Severity to create incident as.</summary>
    public string? SeverityId { get; init; }

    /// <summary>Name of the Slack channel to create for this incident.</summary>
    public string? SlackChannelNameOverride { get; init; }

    /// <summary>Slack Team to create the incident in.</summary>
    public string? SlackTeamId { get; init; }

    /// <summary>Detailed description of the incident.</summary>
    public string? Summary { get; init; }

    /// <summary>public or private.</summary>
    public required string Visibility { get; init; }
}
