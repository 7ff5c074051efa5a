namespace IncidentIo.Plugin.Models;

/// <summary>Options for importing a past incident (mode retrospective only). Spec schema <c>RetrospectiveIncidentOptionsV2</c>.</summary>
internal sealed record RetrospectiveIncidentOptionsV2
{
    /// <summary>The number of the reference (123 for INC-123); incident.io asks to be contacted before it is used.</summary>
    public long? ExternalId { get; init; }

    /// <summary>The URL of the postmortem, if there is one.</summary>
    public string? PostmortemDocumentUrl { get; init; }

    /// <summary>An existing Slack channel to attach the incident to; without it no channel is created.</summary>
    public string? SlackChannelId { get; init; }
}
