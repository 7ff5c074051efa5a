using Workflow.Abstractions;

namespace IncidentIo.Plugin.Client;

/// <summary>
/// Defence in depth for the API key: every request's final URL must have the connection's scheme, host and port
/// and stay under its path. Whatever an action built, a request that would leave base_url is never sent.
/// </summary>
internal static class BaseUrlGuard
{
    /// <summary>True when <paramref name="target"/> is on <paramref name="baseUrl"/>'s origin and under its path, without user info.</summary>
    public static bool Contains(Uri baseUrl, Uri target) =>
        target.IsAbsoluteUri
        && string.Equals(target.Scheme, baseUrl.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(target.IdnHost, baseUrl.IdnHost, StringComparison.OrdinalIgnoreCase)
        && target.Port == baseUrl.Port
        && target.UserInfo.Length == 0
        && target.AbsolutePath.StartsWith(baseUrl.AbsolutePath.TrimEnd('/') + "/", StringComparison.Ordinal);

    public static ActionError Refused(ApiRequest request, Uri baseUrl, string target) => new()
    {
        Code = ActionErrorCodes.ValidationFailed,
        Message = $"Refused to {request.Operation.Phrase}: the request would go to {target}, outside the connection's base_url {baseUrl}",
        Hint = "The API key is only ever sent to base_url. Give a path relative to it, such as /v2/incidents.",
        HttpAttempts = 0,
        Details = [new ActionErrorDetail("/path", $"leaves the connection's base_url ({baseUrl})", "outside_base_url")],
    };
}
