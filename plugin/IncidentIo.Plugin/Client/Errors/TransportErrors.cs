using IncidentIo.Plugin.Json;
using RestSharp;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Client.Errors;

/// <summary>Failures without a usable incident.io answer: timeouts, connection failures, cancellation, unreadable bodies.</summary>
internal static class TransportErrors
{
    public static ActionError FromFailedResponse(ApiRequest request, RestResponse response, int attempts, TimeSpan attemptTimeout, Uri baseUrl)
    {
        var phrase = request.Operation.Phrase;
        var (code, message, advice) = response.ResponseStatus == ResponseStatus.TimedOut
            ? (ActionErrorCodes.Timeout,
                $"incident.io did not answer within {attemptTimeout.TotalSeconds:0.###} s and could not {phrase}",
                $"Try again later and check {ErrorHints.StatusPage}.")
            : (ActionErrorCodes.Network,
                $"Could not connect to incident.io at {baseUrl.Host}:{baseUrl.Port} to {phrase}: {response.ErrorException?.GetBaseException().Message ?? response.ErrorMessage ?? "no response"}",
                "Check the connection's base_url, the network and any proxy.");
        return new ActionError
        {
            Code = code,
            Message = message,
            Hint = $"{ErrorHints.Tried(attempts)}. {advice}",
            Retryable = true,
            HttpAttempts = attempts,
        };
    }

    public static ActionError Cancelled(ApiRequest request, int attempts) => new()
    {
        Code = ActionErrorCodes.Cancelled,
        Message = $"The step was cancelled before incident.io answered the request to {request.Operation.Phrase}",
        HttpAttempts = attempts,
    };

    public static ActionError InvalidBody(ApiRequest request, RestResponse response, int attempts, Exception problem)
    {
        var requestId = ApiErrorMapper.RequestIdOf(response);
        return new ActionError
        {
            Code = ActionErrorCodes.InvalidResponse,
            Message = problem is LenientReadException missing
                ? $"incident.io answered the request to {request.Operation.Phrase} (HTTP {(int)response.StatusCode}) without something the plugin needs: {missing.Message}"
                : $"incident.io answered the request to {request.Operation.Phrase} with a body that could not be read "
                    + $"(HTTP {(int)response.StatusCode}): {problem.Message}",
            Details = problem is LenientReadException { Field.Length: > 0 } needed
                ? [new ActionErrorDetail(needed.Field, needed.Message[(needed.Field.Length + 2)..], "required"), .. needed.LeftOut]
                : [],
            Hint = "incident.io may have changed its API, or a proxy answered instead of it. "
                + (ErrorHints.QuoteRequestId(requestId) ?? "Check the connection's base_url."),
            HttpStatus = (int)response.StatusCode,
            RequestId = requestId,
            HttpAttempts = attempts,
        };
    }

    public static ActionError DeadlineExceeded(ApiRequest request, int attempts, TimeSpan deadline, string? lastReason) => new()
    {
        Code = ActionErrorCodes.Timeout,
        Message = $"incident.io could not {request.Operation.Phrase} within the {deadline.TotalSeconds:0.###} s deadline "
            + $"({attempts} attempt{(attempts == 1 ? "" : "s")}); last attempt: {lastReason ?? "cut off by the deadline"}",
        Hint = $"{ErrorHints.Tried(attempts)}. Try again later and check {ErrorHints.StatusPage}.",
        Retryable = true,
        HttpAttempts = attempts,
    };

    /// <summary>
    /// The client-side limiter of this API key refused an attempt: the plugin's own (1200 a minute, incident.io's limit) or,
    /// when <paramref name="hostLimit"/>, the one the host supplied (<c>HostServices.RateLimiters</c>), whose limit the plugin
    /// does not know. Nothing more was sent.
    /// </summary>
    public static ActionError ClientRateLimited(ApiRequest request, int attempts, bool hostLimit) => new()
    {
        Code = ActionErrorCodes.RateLimited,
        Message = $"Too many calls are waiting for {(hostLimit ? "the host's rate limit for this API key" : "this API key's rate limit (1200 a minute)")}, "
            + $"so the request to {request.Operation.Phrase} was not sent",
        Hint = SpreadOut,
        Retryable = true,
        HttpAttempts = attempts,
    };

    /// <summary>
    /// No slot in an operation's own limit (<see cref="ApiOperation.PerMinuteLimit"/>, e.g. create escalation's 60 a minute):
    /// its queue was full, or the client was disposed while the call waited. Nothing was sent.
    /// </summary>
    public static ActionError OperationRateLimited(ApiRequest request, int perMinute) => new()
    {
        Code = ActionErrorCodes.RateLimited,
        Message = $"The request to {request.Operation.Phrase} was not sent: it got no slot in incident.io's limit of {perMinute} "
            + "such calls a minute, with too many calls already waiting for one",
        Hint = SpreadOut,
        Retryable = true,
        HttpAttempts = 0,
    };

    private const string SpreadOut = "Spread the workflow's calls out or run the step again later.";
}
