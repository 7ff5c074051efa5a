using IncidentIo.Plugin.Json;

namespace IncidentIo.Plugin.Models;

/// <summary>An escalation (a page). Spec schema <c>EscalationV2</c>; nested objects are kept as incident.io sent them.</summary>
internal sealed record EscalationV2
{
    /// <summary>When the escalation was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Who or what created it (<c>EscalationCreatorV2</c>).</summary>
    public ObjectValue? Creator { get; init; }

    /// <summary>Description; may be empty.</summary>
    public string? Description { get; init; }

    /// <summary>The escalation path followed, when there is one.</summary>
    public string? EscalationPathId { get; init; }

    /// <summary>What happened so far (<c>EscalationEventV2</c>).</summary>
    public IReadOnlyList<ObjectValue>? Events { get; init; }

    /// <summary>Unique identifier of the escalation.</summary>
    public required string Id { get; init; }

    /// <summary>The priority (<c>EscalationPriorityV2</c>, e.g. <c>{"name":"P1"}</c>).</summary>
    public ObjectValue? Priority { get; init; }

    /// <summary>Related alerts (<c>AlertSlimV2</c>).</summary>
    public IReadOnlyList<ObjectValue>? RelatedAlerts { get; init; }

    /// <summary>Related incidents (<c>IncidentSlimV2</c>).</summary>
    public IReadOnlyList<ObjectValue>? RelatedIncidents { get; init; }

    /// <summary>e.g. <c>pending</c>, <c>triggered</c>, <c>acked</c>, <c>cancelled</c> (a string, so new values pass through).</summary>
    public required string Status { get; init; }

    /// <summary>Title of the escalation.</summary>
    public required string Title { get; init; }

    /// <summary>When the escalation was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
