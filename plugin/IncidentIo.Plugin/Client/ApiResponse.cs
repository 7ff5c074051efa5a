using System.Diagnostics.CodeAnalysis;
using IncidentIo.Plugin.Actions;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Client;

/// <summary>The outcome of one <see cref="IncidentIoClient.SendAsync{T}"/>: the typed body, or an error. Never both.</summary>
internal sealed class ApiResponse<T>
{
    private ApiResponse(T? value, ActionError? error, int? httpStatus, string? requestId, int attempts)
    {
        Value = value;
        Error = error;
        HttpStatus = httpStatus;
        RequestId = requestId;
        Attempts = attempts;
    }

    /// <summary>What was left out of a successful body to read it (<see cref="Json.LenientReader"/>), each at its JSON Pointer.</summary>
    public IReadOnlyList<ActionErrorDetail> Warnings { get; private init; } = [];

    /// <summary>The body of a 2xx answer that could not be mapped (then <see cref="Error"/> says why); null otherwise.</summary>
    public string? UnreadBody { get; private init; }

    public T? Value { get; }

    public ActionError? Error { get; }

    /// <summary>The HTTP status of the last attempt; null when no response arrived.</summary>
    public int? HttpStatus { get; }

    /// <summary>incident.io's request id (X-Request-Id header, else the error body's request_id).</summary>
    public string? RequestId { get; }

    /// <summary>How many attempts were made (1 when not retried).</summary>
    public int Attempts { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static ApiResponse<T> Success(T value, int httpStatus, string? requestId, int attempts, IReadOnlyList<ActionErrorDetail>? warnings = null) =>
        new(value, null, httpStatus, requestId, attempts) { Warnings = warnings ?? [] };

    /// <summary>A 2xx whose body could not be mapped to <typeparamref name="T"/>: the call happened; the body is kept for a write
    /// that must still report what it created (<see cref="UnreadBody"/>).</summary>
    public static ApiResponse<T> Unreadable(ActionError error, string? body) => new(default, error, error.HttpStatus, error.RequestId, error.HttpAttempts) { UnreadBody = body };

    public static ApiResponse<T> Failure(ActionError error, string? unreadBody = null) =>
        new(default, error, error.HttpStatus, error.RequestId, error.HttpAttempts) { UnreadBody = unreadBody };

    /// <summary>The action's result: <paramref name="toOutput"/> of the body on success, else the error.</summary>
    public ActionResult ToActionResult(Func<T, object> toOutput) =>
        IsSuccess ? ActionOutput.Success(toOutput(Value), Warnings) : ActionResult.Failure(Error);
}
