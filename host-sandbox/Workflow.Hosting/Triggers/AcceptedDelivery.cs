namespace Workflow.Hosting.Triggers;

/// <summary>A verified delivery the receiver acknowledged and owes runs to.</summary>
/// <param name="WebhookId">The <c>webhook-id</c> header: the same across the sender's retries of one event.</param>
/// <param name="Body">The raw JSON body, as received: what the store keeps.</param>
internal sealed record AcceptedDelivery(string WebhookId, string Body)
{
    /// <summary>The body as the receiver parsed it, so the background run does not parse it again; null when it was not parsed yet (read back from the store, or made by a poller).</summary>
    public WebhookEnvelope? Envelope { get; init; }

    /// <summary>Read back from the store after a restart: some of its runs may have finished already.</summary>
    public bool Recovered { get; init; }
}
