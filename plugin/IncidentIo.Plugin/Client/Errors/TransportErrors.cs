using RestSharp;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Client.Errors;

/// <summary>Failures without a usable incident.io answer: timeouts, connection failures, cancellation, unreadable bodies.</summary>
internal static class TransportErrors
{
    public static ActionError FromFailedResponse(ApiRequest request, RestResponse response, int attempts, TimeSpan attemptTimeout)
    {
        var phrase = request.Operation.Phrase;
        if (response.ResponseStatus == ResponseStatus.TimedOut)
        {
            return new ActionError
            {
                Code = ActionErrorCodes.Timeout,
                Message = $"incident.io did not answer within {attemptTimeout.TotalSeconds:0.###} s and could not {phrase}",
                Hint = $"{ErrorHints.Tried(attempts)}. Try again later and check {ErrorHints.StatusPage}.",
                Retryable = true,
                Attempts = attempts,
            };
        }

        var reason = response.ErrorException?.GetBaseException().Message ?? response.ErrorMessage ?? "no response";
        return new ActionError
        {
            Code = ActionErrorCodes.Network,
            Message = $"Could not connect to incident.io to {phrase}: {reason}",
            Hint = $"{ErrorHints.Tried(attempts)}. Check the connection's base_url, the network and any proxy.",
            Retryable = true,
            Attempts = attempts,
        };
    }

    public static ActionError Cancelled(ApiRequest request, int attempts) => new()
    {
        Code = ActionErrorCodes.Cancelled,
        Message = $"The step was cancelled before incident.io answered the request to {request.Operation.Phrase}",
        Attempts = attempts,
    };

    public static ActionError InvalidBody(ApiRequest request, RestResponse response, int attempts, Exception problem)
    {
        var requestId = ApiErrorMapper.RequestIdOf(response);
        return new ActionError
        {
            Code = ActionErrorCodes.InvalidResponse,
            Message = $"incident.io answered the request to {request.Operation.Phrase} with a body that could not be read "
                + $"(HTTP {(int)response.StatusCode}): {problem.Message}",
            Hint = "incident.io may have changed its API, or a proxy answered instead of it. "
                + (ErrorHints.QuoteRequestId(requestId) ?? "Check the connection's base_url."),
            HttpStatus = (int)response.StatusCode,
            RequestId = requestId,
            Attempts = attempts,
        };
    }
}
