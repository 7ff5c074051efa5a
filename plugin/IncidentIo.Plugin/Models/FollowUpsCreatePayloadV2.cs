namespace IncidentIo.Plugin.Models;

/// <summary>The body of <c>POST /v2/follow_ups</c>. Spec schema <c>FollowUpsCreatePayloadV2</c>.</summary>
internal sealed record FollowUpsCreatePayloadV2
{
    /// <summary>The user to assign.</summary>
    public string? AssigneeId { get; init; }

    /// <summary>The team to assign.</summary>
    public string? AssigneeTeamId { get; init; }

    /// <summary>Description (markdown).</summary>
    public string? Description { get; init; }

    /// <summary>An existing external issue to link.</summary>
    public string? ExternalIssueReferenceId { get; init; }

    /// <summary>Category of the follow-up.</summary>
    public string? FollowUpCategoryId { get; init; }

    /// <summary>Priority option of the follow-up.</summary>
    public string? FollowUpPriorityOptionId { get; init; }

    /// <summary>The incident the follow-up belongs to.</summary>
    public required string IncidentId { get; init; }

    /// <summary>Labels.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>Title of the follow-up.</summary>
    public required string Title { get; init; }
}
