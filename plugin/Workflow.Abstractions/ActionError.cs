namespace Workflow.Abstractions;

/// <summary>Why an action failed, for people (<see cref="Message"/>, <see cref="Hint"/>) and for machines (<see cref="Code"/>).</summary>
public sealed record ActionError
{
    /// <summary>A stable machine code; one of <see cref="ActionErrorCodes"/>.</summary>
    public required string Code { get; init; }

    /// <summary>What went wrong, in a sentence a workflow builder understands.</summary>
    public required string Message { get; init; }

    /// <summary>What to do about it, when there is something to do.</summary>
    public string? Hint { get; init; }

    /// <summary>True when running the step again may succeed (rate limits, remote outages, timeouts).</summary>
    public bool Retryable { get; init; }

    /// <summary>The HTTP status of the remote response, when there was one.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>The remote service's request id, to quote to its support.</summary>
    public string? RequestId { get; init; }

    /// <summary>The remote service's own error type, e.g. <c>validation_error</c>.</summary>
    public string? RemoteType { get; init; }

    /// <summary>
    /// How many HTTP attempts the plugin made for the call that failed (1 when it was not retried; 0 when nothing was sent,
    /// e.g. a refused base URL). Not the step's attempt: that is <see cref="RunInfo.Attempt"/>, which the host counts.
    /// </summary>
    /// <remarks>Added in contract 1.2 as the new name of <see cref="Attempts"/>.</remarks>
    public int HttpAttempts { get; init; } = 1;

    /// <summary>The old name of <see cref="HttpAttempts"/> (contract 1.0–1.1): reads and sets the same value.</summary>
    /// <remarks>
    /// Kept so plugins and hosts built against 1.0 or 1.1 keep working unchanged (a renamed member would be a breaking
    /// change, a major version); it goes in 2.0.
    /// </remarks>
    [Obsolete("Use HttpAttempts: this counts HTTP attempts, not the step's attempt (RunInfo.Attempt). Removed in contract 2.0.")]
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    [System.Text.Json.Serialization.JsonIgnore]
    public int Attempts
    {
        get => HttpAttempts;
        init => HttpAttempts = value;
    }

    /// <summary>Field-level problems, each naming the field.</summary>
    public IReadOnlyList<ActionErrorDetail> Details { get; init; } = [];

    /// <summary>
    /// True when the remote service may have done what was asked although the action failed: an attempt of a write was sent
    /// and its answer never came (the connection dropped, or it timed out), or came as a 5xx (a gateway's 502/503/504 can
    /// follow the commit).
    /// </summary>
    public bool OutcomeUnknown { get; init; }

    /// <summary>
    /// An input (a JSON object) with which running the action again is safe although <see cref="OutcomeUnknown"/>: e.g.
    /// the same input with the idempotency key that was used, so the remote service returns what it did instead of
    /// doing it twice. Null when there is none.
    /// </summary>
    public System.Text.Json.JsonElement? SafeRetryInput { get; init; }
}
