using System.Collections.Concurrent;

namespace Workflow.Hosting.Triggers;

/// <summary>The store without <c>--state-dir</c>: repeated webhook-ids are dropped while the process lives.</summary>
internal sealed class InMemoryDeliveryStore : IDeliveryStore
{
    private readonly ConcurrentDictionary<string, (AcceptedDelivery Delivery, long Order, bool Done)> _deliveries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, string), byte> _runs = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _watermarks = new(StringComparer.Ordinal);
    private long _order;

    public bool TryAccept(AcceptedDelivery delivery) =>
        _deliveries.TryAdd(delivery.WebhookId, (delivery, Interlocked.Increment(ref _order), false));

    public bool HasRun(string webhookId, string workflowKey) => _runs.ContainsKey((webhookId, workflowKey));

    public void RecordRun(string webhookId, string workflowKey) => _runs.TryAdd((webhookId, workflowKey), 0);

    public void Complete(string webhookId) =>
        _deliveries.AddOrUpdate(webhookId, _ => throw new InvalidOperationException($"'{webhookId}' was never accepted."), (_, d) => d with { Done = true });

    public DateTimeOffset? Watermark(string triggerId) => _watermarks.TryGetValue(triggerId, out var at) ? at : null;

    public void SetWatermark(string triggerId, DateTimeOffset watermark) => _watermarks[triggerId] = watermark;

    public IReadOnlyList<AcceptedDelivery> Pending() =>
        [.. _deliveries.Values.Where(d => !d.Done).OrderBy(d => d.Order).Select(d => d.Delivery)];

    public void Dispose()
    {
    }
}
