using System.Collections.Concurrent;

namespace Workflow.Hosting.Triggers;

/// <summary>The store without <c>--state-dir</c>: repeated webhook-ids are dropped while the process lives.</summary>
internal sealed class InMemoryDeliveryStore : IDeliveryStore
{
    private readonly ConcurrentDictionary<string, (AcceptedDelivery Delivery, long Order, bool Done)> _deliveries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, string), byte> _runs = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _watermarks = new(StringComparer.Ordinal);
    private long _order;

    public ValueTask<bool> TryAcceptAsync(AcceptedDelivery delivery) =>
        ValueTask.FromResult(_deliveries.TryAdd(delivery.WebhookId, (delivery, Interlocked.Increment(ref _order), false)));

    public bool HasRun(string webhookId, string workflowKey) => _runs.ContainsKey((webhookId, workflowKey));

    public ValueTask RecordRunAsync(string webhookId, string workflowKey)
    {
        _runs.TryAdd((webhookId, workflowKey), 0);
        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(string webhookId)
    {
        _deliveries.AddOrUpdate(webhookId, _ => throw new InvalidOperationException($"'{webhookId}' was never accepted."), (_, d) => d with { Done = true });
        return ValueTask.CompletedTask;
    }

    public DateTimeOffset? Watermark(string triggerId) => _watermarks.TryGetValue(triggerId, out var at) ? at : null;

    public ValueTask SetWatermarkAsync(string triggerId, DateTimeOffset watermark)
    {
        _watermarks[triggerId] = watermark;
        return ValueTask.CompletedTask;
    }

    public IReadOnlyList<AcceptedDelivery> Pending() =>
        [.. _deliveries.Values.Where(d => !d.Done).OrderBy(d => d.Order).Select(d => d.Delivery with { Recovered = true })];

    public void Dispose()
    {
    }
}
