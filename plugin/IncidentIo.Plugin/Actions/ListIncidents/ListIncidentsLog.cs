using Microsoft.Extensions.Logging;

namespace IncidentIo.Plugin.Actions.ListIncidents;

/// <summary>Page progress of a listing, at debug level (a host can show it for long walks).</summary>
internal static partial class ListIncidentsLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "incidentio.list_incidents: page {Page} had {Count} incidents ({Collected} so far, more: {More})")]
    public static partial void PageRead(ILogger logger, int page, int count, int collected, bool more);
}
