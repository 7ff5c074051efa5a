using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.ListIncidents;

/// <summary>
/// Output of incidentio.list_incidents: the shape and names <see cref="ListIncidentsOutputWriter"/> writes page by page
/// (its tests require the writer's bytes to equal this record's serialisation).
/// </summary>
/// <param name="Incidents">The incidents, in incident.io's order, each once.</param>
/// <param name="NextCursor">Pass as <c>after</c> to continue; absent when there is nothing more.</param>
/// <param name="TotalRecordCount">How many incidents match in all, when incident.io knows.</param>
/// <param name="Truncated">True when <c>max_results</c> stopped the listing while more incidents matched.</param>
internal sealed record ListIncidentsOutput(IReadOnlyList<IncidentV2> Incidents, string? NextCursor, long? TotalRecordCount, bool Truncated);
