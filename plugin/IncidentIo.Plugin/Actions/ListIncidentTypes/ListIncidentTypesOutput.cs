using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.ListIncidentTypes;

/// <summary>Output of incidentio.list_incident_types.</summary>
internal sealed record ListIncidentTypesOutput(IReadOnlyList<IncidentTypeV1> IncidentTypes);
