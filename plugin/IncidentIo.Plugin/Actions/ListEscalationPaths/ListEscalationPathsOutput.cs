using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.ListEscalationPaths;

/// <summary>Output of incidentio.list_escalation_paths.</summary>
/// <param name="EscalationPaths">The paths on this page (<c>EscalationPathV2</c>).</param>
/// <param name="NextCursor">Pass as <c>after</c> to continue; absent on the last page.</param>
internal sealed record ListEscalationPathsOutput(IReadOnlyList<EscalationPathV2> EscalationPaths, string? NextCursor);
