using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.CreateIncident;

/// <summary>Output of incidentio.create_incident: the incident (<c>IncidentsCreateResultV2</c>), shaped like get_incident's.</summary>
internal sealed record CreateIncidentOutput(IncidentV2 Incident);
