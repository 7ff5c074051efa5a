namespace IncidentIo.Simulator.Webhooks;

/// <summary>One event to deliver: incident.io's envelope <c>{"event_type": T, "T": payload}</c>, serialised once.</summary>
/// <param name="Id">The <c>webhook-id</c> header (<c>msg_…</c>): the same on every retry of this event.</param>
/// <param name="EventType">The event type, e.g. <c>public_incident.incident_created_v2</c>.</param>
/// <param name="Body">The JSON body; signed and sent byte for byte.</param>
public sealed record WebhookMessage(string Id, string EventType, string Body);
