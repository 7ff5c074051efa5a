using System.Globalization;
using System.Text.Json.Nodes;
using Json.Pointer;
using Microsoft.Extensions.Logging;
using Workflow.Abstractions;
using Workflow.Hosting.Connections;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Running;
using Workflow.Hosting.Templating;

namespace Workflow.Hosting.Triggers;

/// <summary>
/// Runs a polling trigger (manifest <c>poll</c>) for hosts incident.io cannot reach: each poll renders the list action's
/// input over <c>since</c> (the stored watermark), runs the action with the plugin's connection, and turns every item
/// changed at or after the watermark whose (id, updated_at) was not seen into a delivery —
/// webhook-id <c>poll-&lt;id&gt;-&lt;updated_at&gt;</c> (the instant in .NET's round-trip format, so one change has one id however it is written), body <c>{"event_type": T, "T": item}</c> — accepted through the
/// same store and dispatcher as a webhook, so a change runs once even across restarts. Oldest change first, at most
/// <c>maxPerPoll</c> new ones per poll; the watermark only passes what was accepted, so the rest come next time.
/// </summary>
internal sealed class TriggerPoller(
    TriggerDefinition trigger, PluginCatalog catalog, ConnectionProvider connections, TemplateRenderer renderer,
    ILoggerFactory loggerFactory, SecretMasker masker, TimeSpan timeout, IDeliveryStore store, DeliveryDispatcher dispatcher)
{
    /// <summary>What one poll did.</summary>
    /// <param name="Listed">Items the action returned.</param>
    /// <param name="Accepted">New changes queued as deliveries.</param>
    /// <param name="Watermark">The watermark stored after the poll.</param>
    /// <param name="Error">Why the poll failed (nothing was queued and the watermark did not move), or null.</param>
    public sealed record PollResult(int Listed, int Accepted, DateTimeOffset Watermark, ActionError? Error);

    /// <summary>The event type of every delivery this trigger makes: <c>poll.eventType</c>, else the trigger id.</summary>
    public string EventType => trigger.Manifest.Poll!.EventType ?? trigger.Id;

    /// <summary>Polls once.</summary>
    public async Task<PollResult> PollOnceAsync(CancellationToken cancellationToken)
    {
        var poll = trigger.Manifest.Poll!;
        var since = store.Watermark(trigger.Id) ?? poll.Since;
        var runId = $"poll-{trigger.Id}";
        if (catalog.FindAction(poll.Action) is not { } action)
        {
            return new PollResult(0, 0, since, ActionAvailability.Unavailable(catalog, poll.Action).Error);
        }

        JsonNode? input;
        try
        {
            var scope = TemplateScope.ForTrigger(null, runId, DateTimeOffset.UtcNow) with
            {
                Variables = new Dictionary<string, JsonNode?> { ["since"] = since.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) },
            };
            input = SchemaTypeCoercer.Coerce(renderer.Render("poll", poll.Input, scope, cancellationToken), action.Manifest.Input);
        }
        catch (TemplateRenderException ex)
        {
            return new PollResult(0, 0, since, new ActionError { Code = HostErrorCodes.TemplateError, Message = masker.Mask(ex.Message) });
        }

        var outcome = await new ActionRunner(loggerFactory, masker, timeout)
            .RunAsync(action, input, connections.For(action), new RunInfo(runId, "poll", 1), cancellationToken);
        if (outcome.Output is not { } output)
        {
            return new PollResult(0, 0, since, outcome.Error);
        }

        var items = Evaluate(JsonNode.Parse(output.GetRawText()), poll.Items) as JsonArray ?? [];
        var changes = items
            .Select(item => (Item: item, Id: Evaluate(item, poll.Id)?.ToString(), UpdatedAtText: Evaluate(item, poll.UpdatedAt)?.ToString()))
            .Select(c => (c.Item, c.Id, c.UpdatedAtText, UpdatedAt: ParseTime(c.UpdatedAtText)))
            .Where(c => c.Id is not null && c.UpdatedAt is { } at && at >= since)
            .OrderBy(c => c.UpdatedAt).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();

        var accepted = 0;
        var watermark = since;
        foreach (var change in changes)
        {
            if (accepted == poll.MaxPerPoll)
            {
                break;
            }

            var body = new JsonObject { ["event_type"] = EventType, [EventType] = change.Item!.DeepClone() };
            var delivery = new AcceptedDelivery($"poll-{change.Id}-{change.UpdatedAt!.Value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}", body.ToJsonString());
            if (await store.TryAcceptAsync(delivery))
            {
                dispatcher.Enqueue(delivery);
                accepted++;
            }

            watermark = change.UpdatedAt!.Value;
        }

        await store.SetWatermarkAsync(trigger.Id, watermark);
        return new PollResult(items.Count, accepted, watermark, null);
    }

    /// <summary>Polls now and then every <paramref name="interval"/> until cancelled; <paramref name="polled"/> gets each result.</summary>
    public async Task RunAsync(TimeSpan interval, Action<PollResult> polled, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        var last = trigger.Manifest.Poll!.Since;
        try
        {
            do
            {
                PollResult result;
                try
                {
                    result = await PollOnceAsync(cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A bug or a broken store must not end polling silently: report it and try again next interval.
                    result = new PollResult(0, 0, last, new ActionError { Code = HostErrorCodes.HostError, Message = masker.Mask($"The poll failed: {ex.Message}") });
                }

                last = result.Watermark;
                polled(result);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    private static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    private static JsonNode? Evaluate(JsonNode? document, string pointer) =>
        pointer.Length == 0 ? document : JsonPointer.Parse(pointer).TryEvaluate(document, out var result) ? result : null;
}
