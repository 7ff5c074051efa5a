using RestSharp;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Client.Errors;

/// <summary>
/// The one place that turns an incident.io answer other than 2xx into an <see cref="ActionError"/>
/// (transport failures are delegated to <see cref="TransportErrors"/>). Every error carries the
/// HTTP status, incident.io's request id and error type, and the number of attempts.
/// </summary>
internal static class ApiErrorMapper
{
    /// <param name="baseUrl">The connection's base URL: a failure to connect names the host and port tried.</param>
    public static ActionError FromResponse(ApiRequest request, RestResponse response, int attempts, TimeSpan attemptTimeout, Uri baseUrl)
    {
        if (response.StatusCode == 0)
        {
            return TransportErrors.FromFailedResponse(request, response, attempts, attemptTimeout, baseUrl);
        }

        var status = (int)response.StatusCode;
        var body = IncidentIoErrorBody.Parse(response.Content);
        var requestId = RequestIdOf(response, body);
        var error = status is >= 300 and < 400
            ? Redirect(status, request.Operation, ResponseHeaders.Find(response, "Location"))
            : FromStatus(status, request.Operation, request.Subject, body, attempts, requestId, baseUrl);
        return error with
        {
            // incident.io's own words, whatever the status: one detail per entry of its error body.
            Details = body.Errors
                .Select(e => new ActionErrorDetail(AsPointer(e.Field), e.Message ?? e.Code ?? "invalid", e.Code))
                .ToList(),
            HttpStatus = status,
            RequestId = requestId,
            RemoteType = body.Type,
            HttpAttempts = attempts,
        };
    }

    // incident.io names a field as a dotted, indexed path ("custom_field_entries[0].values[0].value_option_id");
    // every other error detail is a JSON Pointer into the input. Null when it names no field ("" on a 429).
    private static string? AsPointer(string? field) =>
        field is not null && field.StartsWith('/') ? field : JsonPointers.FromPath(field);

    /// <summary>incident.io's request id: the X-Request-Id header, else the body's request_id.</summary>
    public static string? RequestIdOf(RestResponse response, IncidentIoErrorBody? body = null) =>
        ResponseHeaders.Find(response, ResponseHeaders.RequestId) ?? body?.RequestId;

    private static ActionError FromStatus(
        int status, ApiOperation operation, string? subject, IncidentIoErrorBody body, int attempts, string? requestId, Uri baseUrl) => status switch
    {
        401 => Error(ActionErrorCodes.Unauthorized, "Invalid Incident.io API key (401)", ErrorHints.Unauthorized),
        403 => Error(
            ActionErrorCodes.Forbidden,
            $"API key does not have permission to {operation.Phrase} (403)",
            ErrorHints.Forbidden(operation.RbacScope)),
        404 => Error(
            ActionErrorCodes.NotFound,
            subject is null ? $"incident.io found nothing to {operation.Phrase} (404)" : $"incident.io has no {subject} (404)",
            operation.UserRoute ? ErrorHints.NoSuchRoute : ErrorHints.NotFound),
        405 when operation.UserRoute => Error(
            ActionErrorCodes.RequestFailed,
            $"incident.io does not accept {operation.Name} (405){Remote(body)}",
            ErrorHints.NoSuchRoute),
        400 or 422 => Validation(status, operation, body),
        409 => Error(ActionErrorCodes.Conflict, $"incident.io reported a conflict and could not {operation.Phrase} (409){Remote(body)}",
            "Look at the current state in incident.io, adjust the input and run the step again."),
        429 => Error(ActionErrorCodes.RateLimited, $"incident.io's rate limit was reached and it would not {operation.Phrase} (429)",
            ErrorHints.RateLimited(attempts), retryable: true),
        // Not implemented is not trouble that passes: not retried, and it names the server (a simulator says it is one).
        501 => Error(ActionErrorCodes.RequestFailed, $"{operation.Name} is not implemented by the server at {baseUrl.GetLeftPart(UriPartial.Authority)} (HTTP 501){Remote(body)}",
            ErrorHints.NotImplemented),
        >= 500 => Error(ActionErrorCodes.ServerError, $"incident.io is having trouble (HTTP {status}) and could not {operation.Phrase}",
            ErrorHints.RemoteTrouble(attempts, requestId), retryable: true),
        _ => Error(ActionErrorCodes.RequestFailed, $"incident.io refused to {operation.Phrase} (HTTP {status}){Remote(body)}",
            ErrorHints.QuoteRequestId(requestId)),
    };

    private static ActionError Validation(int status, ApiOperation operation, IncidentIoErrorBody body)
    {
        var described = body.Errors.Where(e => e.Message is not null || e.Field is not null)
            .Select(e => e.Field is null ? e.Message : $"{e.Message ?? "invalid"} (field {e.Field})")
            .ToList();
        var message = described.Count == 0
            ? $"incident.io rejected the request to {operation.Phrase} (HTTP {status})"
            : $"incident.io rejected the request: {string.Join("; ", described)}";
        return Error(ActionErrorCodes.ValidationFailed, message, "Correct the fields named in the details and run the step again.");
    }

    // Redirects are not followed (the key must not travel to another host), so one ends the call.
    private static ActionError Redirect(int status, ApiOperation operation, string? location) => Error(
        ActionErrorCodes.RequestFailed,
        $"incident.io answered the request to {operation.Phrase} with a redirect (HTTP {status}"
            + (location is null ? ")" : $" to {location})") + ", which is not followed",
        "Redirects are never followed, so the API key only goes to the connection's base_url. "
            + "Check base_url: it should be the API's address itself, e.g. https://api.incident.io.");

    private static string Remote(IncidentIoErrorBody body) =>
        body.Errors.FirstOrDefault(e => e.Message is not null) is { } first ? $": {first.Message}" : "";

    private static ActionError Error(string code, string message, string? hint, bool retryable = false) =>
        new() { Code = code, Message = message, Hint = hint, Retryable = retryable };
}
