namespace Workflow.Abstractions;

/// <summary>The stable values of <see cref="ActionError.Code"/>.</summary>
public static class ActionErrorCodes
{
    /// <summary>The connection is incomplete (e.g. no API key). Fix the configuration; retrying will not help.</summary>
    public const string Configuration = "configuration";

    /// <summary>The remote service rejected the credentials (HTTP 401).</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary>The credentials lack a permission (HTTP 403).</summary>
    public const string Forbidden = "forbidden";

    /// <summary>The thing asked for does not exist (HTTP 404).</summary>
    public const string NotFound = "not_found";

    /// <summary>The input or request body was rejected (HTTP 400/422, or the host's own validation).</summary>
    public const string ValidationFailed = "validation_failed";

    /// <summary>The request conflicts with the current state (HTTP 409).</summary>
    public const string Conflict = "conflict";

    /// <summary>Too many requests (HTTP 429).</summary>
    public const string RateLimited = "rate_limited";

    /// <summary>The remote service failed (HTTP 5xx).</summary>
    public const string ServerError = "server_error";

    /// <summary>No answer in time.</summary>
    public const string Timeout = "timeout";

    /// <summary>No connection could be made or it dropped.</summary>
    public const string Network = "network";

    /// <summary>The remote answer could not be understood (not JSON, or not the documented shape).</summary>
    public const string InvalidResponse = "invalid_response";

    /// <summary>Any other client error (an unexpected 4xx).</summary>
    public const string RequestFailed = "request_failed";

    /// <summary>The run was cancelled.</summary>
    public const string Cancelled = "cancelled";
}
