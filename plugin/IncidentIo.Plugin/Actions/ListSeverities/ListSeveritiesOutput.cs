using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.ListSeverities;

/// <summary>Output of incidentio.list_severities: the severities sorted by rank, ascending.</summary>
internal sealed record ListSeveritiesOutput(IReadOnlyList<SeverityV1> Severities);
