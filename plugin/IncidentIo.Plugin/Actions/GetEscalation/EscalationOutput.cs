using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.GetEscalation;

/// <summary>Output of incidentio.create_escalation and incidentio.get_escalation: the escalation (<c>EscalationV2</c>).</summary>
internal sealed record EscalationOutput(EscalationV2 Escalation)
{
    /// <summary>The input naming the escalation in the path.</summary>
    public const string EscalationIdField = "escalation_id";
}
