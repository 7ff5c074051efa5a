namespace IncidentIo.Plugin.Models;

/// <summary>A workflow acting as an actor. Spec schema <c>WorkflowActorV2</c>.</summary>
internal sealed record WorkflowActorV2
{
    /// <summary>Unique identifier for the workflow.</summary>
    public required string Id { get; init; }

    /// <summary>Name provided by the user when creating the workflow.</summary>
    public string? Name { get; init; }
}
