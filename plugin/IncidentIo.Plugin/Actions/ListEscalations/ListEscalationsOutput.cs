using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.ListEscalations;

/// <summary>Output of incidentio.list_escalations.</summary>
/// <param name="Escalations">The escalations on this page (<c>EscalationV2</c>), in incident.io's order.</param>
/// <param name="NextCursor">Pass as <c>after</c> to continue; absent on the last page.</param>
internal sealed record ListEscalationsOutput(IReadOnlyList<EscalationV2> Escalations, string? NextCursor);
