using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.ListIncidentStatuses;

/// <summary>Output of incidentio.list_incident_statuses: the statuses sorted by rank, ascending.</summary>
internal sealed record ListIncidentStatusesOutput(IReadOnlyList<IncidentStatusV1> IncidentStatuses);
