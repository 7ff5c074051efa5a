using System.Text.Json.Nodes;

namespace IncidentIo.Simulator.FollowUps;

/// <summary>The simulator's follow-ups (FollowUpV2 objects) in creation order. Thread-safe; reads return copies.</summary>
public sealed class FollowUpStore
{
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _followUps = [];

    /// <summary>Every stored follow-up.</summary>
    public IReadOnlyList<JsonObject> All()
    {
        lock (_gate)
        {
            return _followUps.Select(f => f.DeepClone().AsObject()).ToList();
        }
    }

    /// <summary>The follow-up with this id, or null.</summary>
    public JsonObject? Find(string id)
    {
        lock (_gate)
        {
            return _followUps.Find(f => (string?)f["id"] == id)?.DeepClone().AsObject();
        }
    }

    internal void Add(JsonObject followUp)
    {
        lock (_gate)
        {
            _followUps.Add(followUp.DeepClone().AsObject());
        }
    }

    /// <summary>Applies <paramref name="change"/> to the stored follow-up under the lock; (null, null) when there is none.</summary>
    internal (JsonObject? FollowUp, TError? Error) Update<TError>(string id, Func<JsonObject, TError?> change)
        where TError : class
    {
        lock (_gate)
        {
            var followUp = _followUps.Find(f => (string?)f["id"] == id);
            if (followUp is null)
            {
                return (null, null);
            }

            var error = change(followUp);
            return (followUp.DeepClone().AsObject(), error);
        }
    }
}
