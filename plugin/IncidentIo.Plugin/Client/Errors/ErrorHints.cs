namespace IncidentIo.Plugin.Client.Errors;

/// <summary>What to do about each kind of failure, worded once.</summary>
internal static class ErrorHints
{
    public const string StatusPage = "https://status.incident.io";

    public const string Unauthorized =
        "The API key may be wrong or revoked. Generate a new API key in incident.io (Settings → API keys) and update the connection's api_key.";

    public const string NotFound =
        "Check the id, and that the API key belongs to the incident.io organisation that has it; private incidents are only visible to keys allowed to see them.";

    /// <summary>For a route the user wrote (call_api): the path or the method may not exist, rather than an id being wrong.</summary>
    public const string NoSuchRoute =
        "The path or the method may not exist: check both against incident.io's API reference (https://api-docs.incident.io). "
        + "A path that exists only for another method answers 404 or 405; if the path holds an id, check the id too.";

    /// <summary>For a 501: the server at base_url does not offer the method and path at all.</summary>
    public const string NotImplemented =
        "The server at the connection's base_url does not offer this method and path. If base_url points at a simulator or a "
        + "proxy, run against incident.io itself (base_url https://api.incident.io).";

    /// <summary>The permissions the whole plugin needs, plus the scope of the call that failed.</summary>
    public static string Forbidden(string? scope) =>
        "In incident.io (Settings → API keys) give the key the permissions this plugin needs: read access to Severities, "
        + "Incident Statuses, Incident Types and Incidents (\"View data\"), and Incidents write access (\"Create incidents\", "
        + "\"Edit incidents\")."
        + (scope is null ? "" : $" This call needs scope {scope}.");

    public static string RateLimited(int attempts) =>
        $"{Tried(attempts)}, waiting as long as incident.io's Retry-After asked. The default limit is 1200 requests per minute "
        + "per API key; spread the workflow's calls out or run the step again later.";

    public static string RemoteTrouble(int attempts, string? requestId) =>
        $"{Tried(attempts)}. Try again later and check {StatusPage}.{QuoteRequestIdSentence(requestId)}";

    public static string? QuoteRequestId(string? requestId) => requestId is null ? null : QuoteRequestIdSentence(requestId).Trim();

    public static string Tried(int attempts) =>
        attempts > 1 ? $"The request was retried {attempts - 1} times ({attempts} attempts)" : "The request was not retried";

    private static string QuoteRequestIdSentence(string? requestId) =>
        requestId is null ? "" : $" If it persists, quote request id {requestId} to incident.io support.";
}
