namespace IncidentIo.Plugin.Models;

/// <summary>An API key acting as an actor. Spec schema <c>APIKeyActorV2</c>.</summary>
internal sealed record ApiKeyActorV2
{
    /// <summary>Unique identifier for this API key.</summary>
    public required string Id { get; init; }

    /// <summary>The name of the API key, for the user's reference.</summary>
    public string? Name { get; init; }
}
