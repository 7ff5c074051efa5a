using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.GetIncident;

/// <summary>Output of incidentio.get_incident: the incident exactly as incident.io describes it (<c>IncidentsShowResultV2</c>).</summary>
internal sealed record GetIncidentOutput(IncidentV2 Incident);
