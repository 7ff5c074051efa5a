using System.Threading.Channels;
using Workflow.Abstractions;
using Workflow.Hosting.Running;
using Workflow.Hosting.Templating;
using Workflow.Hosting.Workflows;

namespace Workflow.Hosting.Triggers;

/// <summary>
/// Runs accepted deliveries in the background, at most <c>concurrency</c> at a time: for each workflow the delivery's
/// event type starts, run it (<see cref="TriggeredWorkflowRunner"/>) with a run id derived from the webhook-id, record
/// the run; then mark the delivery complete. Runs already recorded (a restart) are not repeated.
/// </summary>
/// <remarks>
/// Held (<c>listen --hold-runs</c>, a paused queue): no workers start and <see cref="Enqueue"/> drops the delivery, which
/// stays pending in the durable store; the next start without holding runs it (<see cref="IDeliveryStore.Pending"/>).
/// </remarks>
internal sealed class DeliveryDispatcher : IAsyncDisposable
{
    private readonly Channel<AcceptedDelivery> _queue = Channel.CreateUnbounded<AcceptedDelivery>(new UnboundedChannelOptions { SingleReader = false });
    private readonly TriggerRouter _router;
    private readonly IDeliveryStore _store;
    private readonly TriggeredWorkflowRunner _runs;
    private readonly Action<TriggeredRun> _completed;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task[] _workers;

    /// <param name="router">Which workflows an event type starts.</param>
    /// <param name="store">Where runs are recorded.</param>
    /// <param name="payloads">Builds <c>trigger</c>.</param>
    /// <param name="runner">Runs workflows.</param>
    /// <param name="renderer">Evaluates <c>trigger.if</c>.</param>
    /// <param name="concurrency">Deliveries processed at the same time (≥ 1).</param>
    /// <param name="completed">Called once per workflow per delivery, from a worker thread.</param>
    /// <param name="hold">Run nothing: accepted deliveries stay pending in <paramref name="store"/>, which must then be durable.</param>
    public DeliveryDispatcher(
        TriggerRouter router, IDeliveryStore store, TriggerPayloadBuilder payloads, WorkflowRunner runner, TemplateRenderer renderer,
        int concurrency, Action<TriggeredRun> completed, bool hold = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        (_router, _store, _completed, Holding) = (router, store, completed, hold);
        _runs = new TriggeredWorkflowRunner(payloads, runner, renderer);
        _workers = hold ? [] : [.. Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkAsync))];
    }

    /// <summary>True when runs are held: <see cref="Enqueue"/> leaves each delivery pending in the store.</summary>
    public bool Holding { get; }

    /// <summary>Queues an accepted delivery (already recorded in the store); while <see cref="Holding"/>, it stays there.</summary>
    public void Enqueue(AcceptedDelivery delivery)
    {
        if (!Holding)
        {
            _queue.Writer.TryWrite(delivery);
        }
    }

    /// <summary>The run id of <paramref name="workflowKey"/>'s run for a delivery: the same on every redelivery and restart.</summary>
    public static string RunId(string webhookId, string workflowKey) => $"wh-{webhookId}-{workflowKey}";

    /// <summary>Finishes the queued deliveries, then stops the workers.</summary>
    public async Task DrainAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_workers);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync();
        await Task.WhenAll(_workers).ContinueWith(_ => { }, TaskScheduler.Default);
        _stopping.Dispose();
    }

    private async Task WorkAsync()
    {
        try
        {
            await foreach (var delivery in _queue.Reader.ReadAllAsync(_stopping.Token))
            {
                try
                {
                    await ProcessAsync(delivery, _stopping.Token);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A bug must not stop the worker; the delivery stays pending and is reported.
                    _completed(new TriggeredRun(delivery.WebhookId, "", "", "", null,
                        new ActionError { Code = HostErrorCodes.DeliveryFailed, Message = $"The delivery could not be processed: {ex.Message}" }));
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopped: what did not finish stays pending in the store and runs after a restart.
        }
    }

    private async Task ProcessAsync(AcceptedDelivery delivery, CancellationToken cancellationToken)
    {
        var envelope = delivery.Envelope ?? WebhookEnvelope.Parse(delivery.Body);
        var body = envelope.ToJsonObject();
        var routes = _router.Match(envelope.EventType);
        var completed = false;
        for (var i = 0; i < routes.Count; i++)
        {
            var route = routes[i];

            // Only a delivery from before a restart can have finished runs; a fresh one was just recorded as new.
            if (delivery.Recovered && _store.HasRun(delivery.WebhookId, route.Key))
            {
                continue;
            }

            var run = await _runs.RunAsync(route, envelope.EventType, body, delivery.WebhookId, RunId(delivery.WebhookId, route.Key), null, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();

            // Recorded before it is reported. The last run is recorded by completing the delivery: one write instead of
            // two, since a complete delivery never runs again.
            if (i < routes.Count - 1)
            {
                await _store.RecordRunAsync(delivery.WebhookId, route.Key);
            }
            else
            {
                await _store.CompleteAsync(delivery.WebhookId);
                completed = true;
            }

            _completed(run);
        }

        if (!completed)
        {
            await _store.CompleteAsync(delivery.WebhookId);
        }
    }
}
