namespace IncidentIo.Plugin.Models;

/// <summary>A person in the organisation. Spec schema <c>UserV2</c>.</summary>
internal sealed record UserV2
{
    /// <summary>Email address of the user.</summary>
    public string? Email { get; init; }

    /// <summary>Unique identifier of the user.</summary>
    public required string Id { get; init; }

    /// <summary>Name of the user.</summary>
    public string? Name { get; init; }

    /// <summary>DEPRECATED: Role of the user as of March 9th 2023, this value is no longer updated. Known values: viewer, responder, administrator, owner, unset; a string, because incident.io may add values.</summary>
    public string? Role { get; init; }

    /// <summary>Slack ID of the user.</summary>
    public string? SlackUserId { get; init; }
}
