namespace IncidentIo.Simulator.Webhooks;

/// <summary>How one message's delivery to one endpoint ended.</summary>
/// <param name="Message">What was sent.</param>
/// <param name="Endpoint">Where to.</param>
/// <param name="Attempts">Attempts made (1 when the first succeeded).</param>
/// <param name="StatusCode">The last answer's HTTP status, or null when there was none (refused, timed out).</param>
/// <param name="Delivered">True when an attempt got a 2xx.</param>
public sealed record WebhookDelivery(WebhookMessage Message, Uri Endpoint, int Attempts, int? StatusCode, bool Delivered);
