namespace IncidentIo.Plugin.Models;

/// <summary>Who takes an incident role. Spec schema <c>IncidentRoleAssignmentPayloadV2</c>.</summary>
internal sealed record IncidentRoleAssignmentPayloadV2
{
    /// <summary>The person, by incident.io id, email or Slack user id; absent to unassign.</summary>
    public UserReferencePayloadV2? Assignee { get; init; }

    /// <summary>Unique ID of an incident role ('reporter' only at creation).</summary>
    public required string IncidentRoleId { get; init; }
}
