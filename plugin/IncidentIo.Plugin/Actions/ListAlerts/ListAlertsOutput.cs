using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.ListAlerts;

/// <summary>Output of incidentio.list_alerts.</summary>
/// <param name="Alerts">The alerts on this page (<c>AlertV2</c>), in incident.io's order.</param>
/// <param name="NextCursor">Pass as <c>after</c> to continue; absent on the last page.</param>
internal sealed record ListAlertsOutput(IReadOnlyList<AlertV2> Alerts, string? NextCursor);
