namespace IncidentIo.Plugin.Models;

/// <summary>A person, by any one of their ids. Spec schema <c>UserReferencePayloadV2</c>.</summary>
internal sealed record UserReferencePayloadV2
{
    /// <summary>The user's email address, matching the email on their Slack account.</summary>
    public string? Email { get; init; }

    /// <summary>The incident.io ID of a user.</summary>
    public string? Id { get; init; }

    /// <summary>The ID of the user's Slack account.</summary>
    public string? SlackUserId { get; init; }
}
