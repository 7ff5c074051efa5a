namespace IncidentIo.Plugin.Models;

/// <summary>The body of <c>GET /v2/escalations/{id}</c>. Spec schema <c>EscalationsShowResultV2</c>.</summary>
internal sealed record EscalationsShowResultV2
{
    /// <summary>The escalation.</summary>
    public required EscalationV2 Escalation { get; init; }
}
