using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.GetAlert;

/// <summary>Output of incidentio.get_alert and incidentio.resolve_alert: the alert as incident.io describes it (<c>AlertV2</c>).</summary>
internal sealed record AlertOutput(AlertV2 Alert)
{
    /// <summary>The input naming the alert in the path.</summary>
    public const string AlertIdField = "alert_id";
}
