namespace Workflow.Hosting.Triggers;

/// <summary>
/// Which deliveries were accepted and which of their runs finished: what makes "every accepted delivery runs, none
/// twice" hold across redeliveries and (for a durable store) restarts. Implementations are thread-safe.
/// </summary>
internal interface IDeliveryStore : IDisposable
{
    /// <summary>Records the delivery; false when its webhook-id was accepted before (then nothing changes).</summary>
    bool TryAccept(AcceptedDelivery delivery);

    /// <summary>True when the run of <paramref name="workflowKey"/> for this delivery has finished.</summary>
    bool HasRun(string webhookId, string workflowKey);

    /// <summary>Records that the run of <paramref name="workflowKey"/> for this delivery finished (whatever its outcome).</summary>
    void RecordRun(string webhookId, string workflowKey);

    /// <summary>Records that every run the delivery owed has finished.</summary>
    void Complete(string webhookId);

    /// <summary>The watermark a polling trigger stored last, or null before its first poll.</summary>
    DateTimeOffset? Watermark(string triggerId);

    /// <summary>Stores a polling trigger's watermark.</summary>
    void SetWatermark(string triggerId, DateTimeOffset watermark);

    /// <summary>Accepted deliveries not yet complete, oldest first (after a restart: the ones to run now).</summary>
    IReadOnlyList<AcceptedDelivery> Pending();
}
