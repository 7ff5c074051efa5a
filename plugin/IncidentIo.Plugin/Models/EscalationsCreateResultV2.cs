namespace IncidentIo.Plugin.Models;

/// <summary>The 201 body of <c>POST /v2/escalations</c>. Spec schema <c>EscalationsCreateResultV2</c>.</summary>
internal sealed record EscalationsCreateResultV2
{
    /// <summary>The escalation (the existing one when the idempotency key was used before).</summary>
    public required EscalationV2 Escalation { get; init; }
}
