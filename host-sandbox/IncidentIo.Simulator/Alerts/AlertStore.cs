using System.Text.Json.Nodes;

namespace IncidentIo.Simulator.Alerts;

/// <summary>
/// The simulator's alerts, in memory. An alert is (alert source, deduplication key): a firing event for a key whose
/// alert still fires updates that alert instead of adding one; a resolved event resolves it; a firing event after
/// that opens a new alert. Thread-safe; reads return AlertV2-shaped copies.
/// </summary>
public sealed class AlertStore
{
    private readonly Lock _gate = new();
    private readonly List<AlertRecord> _alerts = [];

    /// <summary>Every stored alert in creation order.</summary>
    public IReadOnlyList<JsonObject> All()
    {
        lock (_gate)
        {
            return _alerts.Select(a => a.Render()).ToList();
        }
    }

    /// <summary>The alert with this id, or null.</summary>
    public JsonObject? Find(string id)
    {
        lock (_gate)
        {
            return _alerts.Find(a => a.Id == id)?.Render();
        }
    }

    /// <summary>Applies one alert event; returns the alert it created or changed, or null for a resolved event with no firing alert.</summary>
    internal JsonObject? Apply(AlertEvent alertEvent, Func<string> newId, DateTimeOffset now, out AlertChange change)
    {
        lock (_gate)
        {
            var firing = _alerts.Find(a => a.AlertSourceId == alertEvent.SourceId && a.DeduplicationKey == alertEvent.DeduplicationKey && a.Status == "firing");
            if (alertEvent.Status == "resolved")
            {
                change = firing is null ? AlertChange.None : AlertChange.Resolved;
                if (firing is not null)
                {
                    Resolve(firing, now);
                }

                return firing?.Render();
            }

            change = firing is null ? AlertChange.Opened : AlertChange.Updated;

            var alert = firing ?? new AlertRecord
            {
                Id = newId(),
                AlertSourceId = alertEvent.SourceId,
                DeduplicationKey = alertEvent.DeduplicationKey,
                CreatedAt = now,
                Title = alertEvent.Title,
            };
            alert.Title = alertEvent.Title;
            alert.Description = alertEvent.Description ?? alert.Description;
            alert.SourceUrl = alertEvent.SourceUrl ?? alert.SourceUrl;
            alert.UpdatedAt = now;
            if (firing is null)
            {
                _alerts.Add(alert);
            }

            return alert.Render();
        }
    }

    /// <summary>Resolves the alert (a resolved one stays as it is); null when there is none with this id.</summary>
    internal JsonObject? Resolve(string id, DateTimeOffset now, out AlertChange change)
    {
        lock (_gate)
        {
            var alert = _alerts.Find(a => a.Id == id);
            change = alert is { Status: "firing" } ? AlertChange.Resolved : AlertChange.None;
            if (alert is { Status: "firing" })
            {
                Resolve(alert, now);
            }

            return alert?.Render();
        }
    }

    /// <summary>Runs a query over the records under the lock.</summary>
    internal T Read<T>(Func<IReadOnlyList<AlertRecord>, T> query)
    {
        lock (_gate)
        {
            return query(_alerts);
        }
    }

    private static void Resolve(AlertRecord alert, DateTimeOffset now)
    {
        alert.Status = "resolved";
        alert.ResolvedAt = now;
        alert.UpdatedAt = now;
    }
}
