using System.Diagnostics.Tracing;

namespace Benchmarks.HotPath;

/// <summary>
/// Which types a piece of work allocates: the runtime's GC AllocationTick events (one per ~100 KB allocated, naming
/// the type whose allocation crossed the mark), counted in-process. A sampled profile: shares, not exact bytes.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public IReadOnlyList<KeyValuePair<string, long>> Top(int count)
    {
        lock (_lock)
        {
            return [.. _bytes.OrderByDescending(p => p.Value).Take(count)];
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName != "GCAllocationTick_V4" || eventData.Payload is null)
        {
            return;
        }

        var name = eventData.PayloadNames!.IndexOf("TypeName") is var i and >= 0 ? eventData.Payload[i] as string ?? "?" : "?";
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is var j and >= 0 ? Convert.ToInt64(eventData.Payload[j], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        lock (_lock)
        {
            _bytes[name] = _bytes.GetValueOrDefault(name) + amount;
        }
    }
}
