using IncidentIo.Plugin.Json;

namespace IncidentIo.Plugin.Models;

/// <summary>An alert received by an alert source. Spec schema <c>AlertV2</c> (Alerts V2#List, #Show, #Resolve).</summary>
internal sealed record AlertV2
{
    /// <summary>The alert groups the alert belongs to.</summary>
    public IReadOnlyList<string>? AlertGroupIds { get; init; }

    /// <summary>The alert source that produced the alert.</summary>
    public required string AlertSourceId { get; init; }

    /// <summary>The alert's attribute values (<c>AlertAttributeEntryV2</c>), kept as incident.io sent them.</summary>
    public IReadOnlyList<ObjectValue>? Attributes { get; init; }

    /// <summary>When the alert was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Identifies the alert within its source; events with the same key update this alert.</summary>
    public required string DeduplicationKey { get; init; }

    /// <summary>Description of the alert (markdown).</summary>
    public string? Description { get; init; }

    /// <summary>Unique identifier of the alert.</summary>
    public required string Id { get; init; }

    /// <summary>When the alert was resolved; absent while it fires.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>Link back to the alert in the upstream system.</summary>
    public string? SourceUrl { get; init; }

    /// <summary><c>firing</c> or <c>resolved</c> (a string, so new values pass through).</summary>
    public required string Status { get; init; }

    /// <summary>Title of the alert.</summary>
    public required string Title { get; init; }

    /// <summary>When the alert was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
