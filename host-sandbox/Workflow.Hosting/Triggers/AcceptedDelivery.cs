namespace Workflow.Hosting.Triggers;

/// <summary>A verified delivery the receiver acknowledged and owes runs to.</summary>
/// <param name="WebhookId">The <c>webhook-id</c> header: the same across the sender's retries of one event.</param>
/// <param name="Body">The raw JSON body, as received.</param>
internal sealed record AcceptedDelivery(string WebhookId, string Body);
