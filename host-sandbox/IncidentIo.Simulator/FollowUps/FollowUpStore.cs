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

    internal void Add(JsonObject followUp)
    {
        lock (_gate)
        {
            _followUps.Add(followUp.DeepClone().AsObject());
        }
    }
}
