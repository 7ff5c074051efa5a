using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.ListIncidentUpdates;

/// <summary>Output of incidentio.list_incident_updates.</summary>
/// <param name="IncidentUpdates">The updates on this page (<c>IncidentUpdateV2</c>), in incident.io's order.</param>
/// <param name="NextCursor">Pass as <c>after</c> to continue; absent on the last page.</param>
internal sealed record ListIncidentUpdatesOutput(IReadOnlyList<IncidentUpdateV2> IncidentUpdates, string? NextCursor);
