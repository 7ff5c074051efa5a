using RestSharp;

namespace IncidentIo.Plugin.Client;

/// <summary>One incident.io endpoint, described once: how to call it and how to talk about it.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The spec's path template, e.g. <c>/v2/incidents/{id}</c>; <c>{name}</c> segments come from <see cref="ApiRequest.PathParameters"/>.</param>
/// <param name="Phrase">What the call does, completing "API key does not have permission to …", e.g. <c>list severities</c>.</param>
/// <param name="RbacScope">The spec's <c>x-rbac-scopes</c> value, named in permission hints; null when the spec gives none.</param>
/// <param name="SafeToRetry">True when repeating the call cannot do harm (reads; writes guarded by an idempotency key).</param>
/// <param name="RetryNeedsIdempotencyKey">True when the call is only safe to repeat if the request carries an idempotency key (create).</param>
/// <param name="Credential">The connection secret the call is authenticated with; the API key unless the spec says otherwise.</param>
/// <param name="UserRoute">True when the method and path come from the user (call_api): a 404 or 405 may mean the route itself does not exist.</param>
/// <param name="PerMinuteLimit">The operation's own rate limit per minute and key when the spec states one (create escalation: 60), on top of the key's limit; null for none.</param>
internal sealed record ApiOperation(
    Method Method,
    string Path,
    string Phrase,
    string? RbacScope,
    bool SafeToRetry,
    bool RetryNeedsIdempotencyKey = false,
    ApiCredential Credential = ApiCredential.ApiKey,
    int? PerMinuteLimit = null,
    bool UserRoute = false)
{
    /// <summary>Method and path template, e.g. <c>POST /v2/incidents</c>: the operation's name in telemetry.</summary>
    public string Name { get; } = $"{Method.ToString().ToUpperInvariant()} {Path}";
}

