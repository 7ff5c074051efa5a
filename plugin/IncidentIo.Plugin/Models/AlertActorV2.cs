namespace IncidentIo.Plugin.Models;

/// <summary>An alert acting as an actor. Spec schema <c>AlertActorV2</c>.</summary>
internal sealed record AlertActorV2
{
    /// <summary>The ID of this alert.</summary>
    public required string Id { get; init; }

    /// <summary>The title of the alert, parsed from the alert payload according to the alert source configuration.</summary>
    public string? Title { get; init; }
}
