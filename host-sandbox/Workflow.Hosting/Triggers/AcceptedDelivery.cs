using System.Text;

namespace Workflow.Hosting.Triggers;

/// <summary>A verified delivery the receiver acknowledged and owes runs to.</summary>
/// <param name="WebhookId">The <c>webhook-id</c> header: the same across the sender's retries of one event.</param>
/// <param name="Body">The raw JSON body, the request's UTF-8 bytes as received: what the store keeps (as they are, no re-encoding).</param>
internal sealed record AcceptedDelivery(string WebhookId, byte[] Body)
{
    /// <summary>A delivery whose body is text (a poller's change, a test), stored as its UTF-8 bytes.</summary>
    public AcceptedDelivery(string webhookId, string body)
        : this(webhookId, Encoding.UTF8.GetBytes(body))
    {
    }

    /// <summary>The body as the receiver parsed it, so the background run does not parse it again; null when it was not parsed yet (read back from the store, or made by a poller).</summary>
    public WebhookEnvelope? Envelope { get; init; }

    /// <summary>Read back from the store after a restart: some of its runs may have finished already.</summary>
    public bool Recovered { get; init; }

    /// <summary>Same webhook-id, same body bytes, same <see cref="Recovered"/>; <see cref="Envelope"/> is only the parsed body, so it does not count.</summary>
    public bool Equals(AcceptedDelivery? other) =>
        other is not null && WebhookId == other.WebhookId && Body.AsSpan().SequenceEqual(other.Body) && Recovered == other.Recovered;

    public override int GetHashCode() => HashCode.Combine(WebhookId, Body.Length, Recovered);
}
