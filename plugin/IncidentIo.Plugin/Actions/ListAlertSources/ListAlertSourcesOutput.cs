using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.ListAlertSources;

/// <summary>Output of incidentio.list_alert_sources: the sources (<c>AlertSourceV2</c> without <c>secret_token</c>), by name.</summary>
internal sealed record ListAlertSourcesOutput(IReadOnlyList<AlertSourceV2> AlertSources);
