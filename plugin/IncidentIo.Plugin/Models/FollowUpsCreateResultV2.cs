namespace IncidentIo.Plugin.Models;

/// <summary>The 201 body of <c>POST /v2/follow_ups</c>. Spec schema <c>FollowUpsCreateResultV2</c>.</summary>
internal sealed record FollowUpsCreateResultV2
{
    /// <summary>The follow-up.</summary>
    public required FollowUpV2 FollowUp { get; init; }
}
