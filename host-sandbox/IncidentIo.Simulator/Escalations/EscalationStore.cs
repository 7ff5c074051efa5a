using System.Text.Json.Nodes;

namespace IncidentIo.Simulator.Escalations;

/// <summary>
/// The simulator's escalations, in memory, one per idempotency key (a used key returns the existing escalation, as
/// incident.io documents). Escalations are stored as rendered EscalationV2 objects. Thread-safe; reads return copies.
/// </summary>
public sealed class EscalationStore
{
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _escalations = [];
    private readonly Dictionary<string, JsonObject> _byKey = new(StringComparer.Ordinal);

    /// <summary>Every stored escalation in creation order.</summary>
    public IReadOnlyList<JsonObject> All()
    {
        lock (_gate)
        {
            return _escalations.Select(e => e.DeepClone().AsObject()).ToList();
        }
    }

    /// <summary>Every stored escalation with the idempotency key it was created with (each escalation has exactly one key).</summary>
    internal IReadOnlyList<(string Key, JsonObject Escalation)> AllWithKeys()
    {
        lock (_gate)
        {
            return _byKey.Select(pair => (pair.Key, pair.Value.DeepClone().AsObject())).ToList();
        }
    }

    /// <summary>The escalation with this id, or null.</summary>
    public JsonObject? Find(string id)
    {
        lock (_gate)
        {
            return _escalations.Find(e => (string?)e["id"] == id)?.DeepClone().AsObject();
        }
    }

    /// <summary>The escalation for <paramref name="idempotencyKey"/>: the existing one, or the one <paramref name="build"/> makes (<paramref name="created"/> true).</summary>
    internal JsonObject GetOrCreate(string idempotencyKey, Func<JsonObject> build, out bool created)
    {
        lock (_gate)
        {
            created = false;
            if (!_byKey.TryGetValue(idempotencyKey, out var escalation))
            {
                created = true;
                escalation = build();
                _escalations.Add(escalation);
                _byKey[idempotencyKey] = escalation;
            }

            return escalation.DeepClone().AsObject();
        }
    }

    /// <summary>Applies <paramref name="change"/> to the stored escalation under the lock; null when there is none.</summary>
    internal (JsonObject? Escalation, TError? Error) Update<TError>(string id, Func<JsonObject, TError?> change)
        where TError : class
    {
        lock (_gate)
        {
            var escalation = _escalations.Find(e => (string?)e["id"] == id);
            if (escalation is null)
            {
                return (null, null);
            }

            var error = change(escalation);
            return (escalation.DeepClone().AsObject(), error);
        }
    }
}
