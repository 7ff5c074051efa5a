namespace IncidentIo.Plugin.Models;

/// <summary>The 200 body of <c>PUT /v2/follow_ups/{id}</c>. Spec schema <c>FollowUpsUpdateResultV2</c>.</summary>
internal sealed record FollowUpsUpdateResultV2
{
    /// <summary>The follow-up.</summary>
    public required FollowUpV2 FollowUp { get; init; }
}
