namespace IncidentIo.Plugin.Actions.CancelEscalation;

/// <summary>Output of incidentio.cancel_escalation: which escalation was cancelled (incident.io returns no body).</summary>
internal sealed record CancelEscalationOutput(string EscalationId, bool Cancelled);
