using System.Text.Json.Nodes;

namespace IncidentIo.Simulator.IncidentUpdates;

/// <summary>The incident updates (IncidentUpdateV2 objects) the edits made, in creation order. Thread-safe; reads return copies.</summary>
public sealed class IncidentUpdateStore
{
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _updates = [];

    /// <summary>Every stored update.</summary>
    public IReadOnlyList<JsonObject> All()
    {
        lock (_gate)
        {
            return _updates.Select(u => u.DeepClone().AsObject()).ToList();
        }
    }

    internal void Add(JsonObject update)
    {
        lock (_gate)
        {
            _updates.Add(update.DeepClone().AsObject());
        }
    }
}
