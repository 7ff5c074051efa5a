namespace Workflow.Hosting.Triggers;

/// <summary>
/// Which deliveries were accepted and which of their runs finished: what makes "every accepted delivery runs, none
/// twice" hold across redeliveries and (for a durable store) restarts. Implementations are thread-safe.
/// </summary>
/// <remarks>
/// The writes take no cancellation token on purpose: once a write is queued it happens, and abandoning the wait would
/// let a caller think a recorded delivery was lost (the receiver must queue every delivery it recorded).
/// </remarks>
internal interface IDeliveryStore : IDisposable
{
    /// <summary>Records the delivery, durably for a durable store, before the task completes; false when its webhook-id was accepted before (then nothing changes).</summary>
    /// <exception cref="Microsoft.Data.Sqlite.SqliteException">The durable store could not record it (then nothing was recorded).</exception>
    ValueTask<bool> TryAcceptAsync(AcceptedDelivery delivery);

    /// <summary>True when the run of <paramref name="workflowKey"/> for this delivery has finished.</summary>
    bool HasRun(string webhookId, string workflowKey);

    /// <summary>Records that the run of <paramref name="workflowKey"/> for this delivery finished (whatever its outcome).</summary>
    ValueTask RecordRunAsync(string webhookId, string workflowKey);

    /// <summary>Records that every run the delivery owed has finished.</summary>
    ValueTask CompleteAsync(string webhookId);

    /// <summary>The watermark a polling trigger stored last, or null before its first poll.</summary>
    DateTimeOffset? Watermark(string triggerId);

    /// <summary>Stores a polling trigger's watermark (after the deliveries accepted before it).</summary>
    ValueTask SetWatermarkAsync(string triggerId, DateTimeOffset watermark);

    /// <summary>Accepted deliveries not yet complete, oldest first, marked <see cref="AcceptedDelivery.Recovered"/> (after a restart: the ones to run now).</summary>
    IReadOnlyList<AcceptedDelivery> Pending();
}
