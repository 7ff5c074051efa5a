namespace IncidentIo.Plugin.Client;

/// <summary>Which connection secret authenticates an operation.</summary>
internal enum ApiCredential
{
    /// <summary>The connection's <c>api_key</c>, as <c>Authorization: Bearer</c> (every operation but alert events).</summary>
    ApiKey,

    /// <summary>
    /// The connection's <c>alert_source_token</c>, the alert source's own secret (Alert Events V2#CreateHTTP has no
    /// <c>x-rbac-scopes</c>: it is not authenticated by an API key). The API key is never sent with it.
    /// </summary>
    AlertSourceToken,
}
