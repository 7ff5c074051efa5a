using IncidentIo.Plugin.Json;

namespace IncidentIo.Plugin.Models;

/// <summary>A follow-up. Spec schema <c>FollowUpV2</c>; people, teams and references are kept as sent.</summary>
internal sealed record FollowUpV2
{
    /// <summary>The assigned user (<c>UserV2</c>).</summary>
    public ObjectValue? Assignee { get; init; }

    /// <summary>The assigned team (<c>TeamSlimV2</c>).</summary>
    public ObjectValue? AssigneeTeam { get; init; }

    /// <summary>When it was completed.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Who created it (<c>ActorV2</c>).</summary>
    public ObjectValue? Creator { get; init; }

    /// <summary>Description (markdown).</summary>
    public string? Description { get; init; }

    /// <summary>The linked external issue (<c>ExternalIssueReferenceV2</c>).</summary>
    public ObjectValue? ExternalIssueReference { get; init; }

    /// <summary>Unique identifier of the follow-up.</summary>
    public required string Id { get; init; }

    /// <summary>The incident it belongs to.</summary>
    public required string IncidentId { get; init; }

    /// <summary>Labels.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>Priority (<c>FollowUpPriorityV2</c>).</summary>
    public ObjectValue? Priority { get; init; }

    /// <summary><c>outstanding</c>, <c>completed</c>, <c>deleted</c> or <c>not_doing</c> (a string, so new values pass through).</summary>
    public required string Status { get; init; }

    /// <summary>Title of the follow-up.</summary>
    public required string Title { get; init; }

    /// <summary>When it was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
