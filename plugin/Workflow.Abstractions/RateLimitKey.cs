namespace Workflow.Abstractions;

/// <summary>Names one rate-limit partition: one remote service, one credential.</summary>
/// <param name="Service">The remote service, stable per plugin, e.g. <c>incidentio</c>.</param>
/// <param name="Partition">
/// The base URL and a fingerprint of the credential (e.g. <c>https://api.incident.io/#sha256:AB12…</c>); never the
/// credential itself, so it is safe to log and to use as a key in a shared store.
/// </param>
/// <param name="PermitsPerMinute">The limit the remote service documents for one credential, for sizing a shared limiter.</param>
public sealed record RateLimitKey(string Service, string Partition, int PermitsPerMinute);
