namespace IncidentIo.Plugin.Client.Resilience;

/// <summary>
/// How one operation is retried and timed: retries after the first attempt, how long one attempt may take, and
/// the overall deadline for all attempts and the waits between them. Defaults come from
/// <see cref="IncidentIoClientOptions"/>; <see cref="IncidentIoClientOptions.PerOperation"/> overrides them.
/// </summary>
/// <param name="MaxRetryAttempts">Retries after the first attempt (0: one attempt only).</param>
/// <param name="AttemptTimeout">How long one attempt may take before it counts as timed out.</param>
/// <param name="Deadline">How long the whole call may take, every attempt and back-off included.</param>
internal sealed record OperationResilience(int MaxRetryAttempts, TimeSpan AttemptTimeout, TimeSpan Deadline);
