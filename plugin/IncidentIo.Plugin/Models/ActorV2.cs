namespace IncidentIo.Plugin.Models;

/// <summary>Who or what did something; normally exactly one member is set. Spec schema <c>ActorV2</c>.</summary>
internal sealed record ActorV2
{
    /// <summary>Set when an alert declared the incident.</summary>
    public AlertActorV2? Alert { get; init; }

    /// <summary>Set when an API key declared the incident.</summary>
    public ApiKeyActorV2? ApiKey { get; init; }

    /// <summary>Set when a person declared the incident.</summary>
    public UserV2? User { get; init; }

    /// <summary>Set when a workflow declared the incident.</summary>
    public WorkflowActorV2? Workflow { get; init; }
}
