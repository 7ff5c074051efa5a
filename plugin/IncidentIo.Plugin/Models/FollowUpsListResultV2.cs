namespace IncidentIo.Plugin.Models;

/// <summary>The body of <c>GET /v2/follow_ups</c> (no pagination). Spec schema <c>FollowUpsListResultV2</c>.</summary>
internal sealed record FollowUpsListResultV2
{
    /// <summary>Every matching follow-up.</summary>
    public required IReadOnlyList<FollowUpV2> FollowUps { get; init; }
}
