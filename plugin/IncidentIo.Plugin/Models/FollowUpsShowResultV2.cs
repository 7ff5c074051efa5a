namespace IncidentIo.Plugin.Models;

/// <summary>The 200 body of <c>GET /v2/follow_ups/{id}</c>. Spec schema <c>FollowUpsShowResultV2</c>.</summary>
internal sealed record FollowUpsShowResultV2
{
    /// <summary>The follow-up.</summary>
    public required FollowUpV2 FollowUp { get; init; }
}
