using System.Globalization;
using System.Text.Json.Nodes;
using IncidentIo.Simulator.Alerts;
using IncidentIo.Simulator.Escalations;
using IncidentIo.Simulator.FollowUps;
using IncidentIo.Simulator.IncidentUpdates;
using IncidentIo.Simulator.Seed;

namespace IncidentIo.Simulator.State;

/// <summary>
/// The simulator's incidents, in memory. Every read returns IncidentV2-shaped copies, so tests and drills can
/// inspect what a client really caused (e.g. how many incidents one idempotency key produced). Thread-safe.
/// </summary>
public sealed class SimulatorState
{
    private readonly Lock _gate = new();
    private readonly List<IncidentRecord> _incidents = [];
    private readonly Dictionary<string, IncidentRecord> _byKey = new(StringComparer.Ordinal);
    private readonly IncidentRenderer _renderer;

    internal SimulatorState(SeedCatalog catalog)
    {
        Catalog = catalog;
        _renderer = new IncidentRenderer(catalog);
    }

    /// <summary>How many incidents are stored (all modes).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _incidents.Count;
            }
        }
    }

    internal SeedCatalog Catalog { get; }

    /// <summary>The alerts the alert events made.</summary>
    public AlertStore Alerts { get; } = new();

    /// <summary>The escalations created.</summary>
    public EscalationStore Escalations { get; } = new();

    /// <summary>The follow-ups created.</summary>
    public FollowUpStore FollowUps { get; } = new();

    /// <summary>The incident updates the edits made.</summary>
    public IncidentUpdateStore IncidentUpdates { get; } = new();

    /// <summary>Every stored incident in creation order.</summary>
    public IReadOnlyList<JsonObject> Incidents() => Read(all => all.Select(_renderer.Render).ToList());

    /// <summary>The incident with this id or numeric reference ("123" for INC-123), or null.</summary>
    public JsonObject? Find(string idOrReference) => Read(_ => FindRecord(idOrReference) is { } found ? _renderer.Render(found) : null);

    /// <summary>The incident created with this idempotency key, or null.</summary>
    public JsonObject? FindByIdempotencyKey(string idempotencyKey) =>
        Read(_ => _byKey.TryGetValue(idempotencyKey, out var found) ? _renderer.Render(found) : null);

    /// <summary>Runs a query over the records under the lock; renders with the state's renderer.</summary>
    internal T Read<T>(Func<IReadOnlyList<IncidentRecord>, T> query)
    {
        lock (_gate)
        {
            return query(_incidents);
        }
    }

    internal JsonObject Render(IncidentRecord record) => _renderer.Render(record);

    /// <summary>
    /// Stores a new incident unless one exists for the key (then returns that one, created = false).
    /// <paramref name="build"/> gets the next free number, or null when <paramref name="number"/> is taken.
    /// </summary>
    internal (JsonObject? Incident, bool Created) GetOrCreate(string idempotencyKey, long? number, Func<long, IncidentRecord> build)
    {
        lock (_gate)
        {
            if (_byKey.TryGetValue(idempotencyKey, out var existing))
            {
                return (_renderer.Render(existing), false);
            }

            if (number is { } wanted && _incidents.Any(i => i.Number == wanted))
            {
                return (null, false);
            }

            var record = build(number ?? _incidents.Select(i => i.Number).DefaultIfEmpty(0).Max() + 1);
            _incidents.Add(record);
            _byKey[idempotencyKey] = record;
            return (_renderer.Render(record), true);
        }
    }

    /// <summary>Applies <paramref name="edit"/> to the incident under the lock; the edit returns an error or null.</summary>
    internal (JsonObject? Incident, TError? Error) Update<TError>(string idOrReference, Func<IncidentRecord, TError?> edit)
        where TError : class
    {
        lock (_gate)
        {
            var record = FindRecord(idOrReference);
            if (record is null)
            {
                return (null, null);
            }

            var error = edit(record);
            return error is null ? (_renderer.Render(record), null) : (null, error);
        }
    }

    private IncidentRecord? FindRecord(string idOrReference) =>
        long.TryParse(idOrReference, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? _incidents.Find(i => i.Number == number)
            : _incidents.Find(i => string.Equals(i.Id, idOrReference, StringComparison.Ordinal));
}
