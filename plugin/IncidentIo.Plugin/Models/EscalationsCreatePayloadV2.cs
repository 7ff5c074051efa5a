namespace IncidentIo.Plugin.Models;

/// <summary>The body of <c>POST /v2/escalations</c>. Spec schema <c>EscalationsCreatePayloadV2</c>: exactly one of <see cref="EscalationPathId"/> or <see cref="UserIds"/>.</summary>
internal sealed record EscalationsCreatePayloadV2
{
    /// <summary>Extra detail for the people paged.</summary>
    public string? Description { get; init; }

    /// <summary>The escalation path to follow.</summary>
    public string? EscalationPathId { get; init; }

    /// <summary>De-duplicates the escalation: a used key returns the existing one.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>The incident to link.</summary>
    public string? IncidentId { get; init; }

    /// <summary>Included in every notification.</summary>
    public required string Title { get; init; }

    /// <summary>Users to page directly (high urgency).</summary>
    public IReadOnlyList<string>? UserIds { get; init; }
}
