using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.UpdateIncident;

/// <summary>Output of incidentio.update_incident: the incident after the edit (<c>IncidentsEditResultV2</c>), shaped like get_incident's.</summary>
internal sealed record UpdateIncidentOutput(IncidentV2 Incident);
