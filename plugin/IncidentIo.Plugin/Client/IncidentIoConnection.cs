using System.Diagnostics.CodeAnalysis;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Client;

/// <summary>
/// The connection fields the plugin declares in plugin.json, read and checked before any request: the base URL and
/// the secret an operation is authenticated with (<see cref="ApiCredential"/>), sent as <c>Authorization: Scheme Credential</c>.
/// </summary>
internal sealed record IncidentIoConnection(Uri BaseUrl, SecretValue Credential, string Scheme = "Bearer")
{
    public const string ApiKeyField = "api_key";
    public const string AlertSourceTokenField = "alert_source_token";
    public const string BaseUrlField = "base_url";
    public static readonly Uri DefaultBaseUrl = new("https://api.incident.io");

    private const string AlertSourceTokenHint =
        "Set the connection's alert_source_token (the sandbox reads INCIDENTIO_ALERT_SOURCE_TOKEN): the secret of the HTTP alert source, "
        + "shown with its URL in incident.io under Alerts → Sources. It is not the API key.";

    private const string KeyHint =
        "Set the connection's api_key. In the sandbox: export INCIDENTIO_API_KEY, or pass --api-key-file <file>, or run offline against the simulator with --simulate. "
        + "Create a key in incident.io under Settings → API keys.";

    private static readonly string BaseUrlHint =
        $"Leave base_url empty for {DefaultBaseUrl}, or give the https URL of a proxy, or the http URL of a simulator on this machine.";

    /// <summary>Reads api_key and base_url; the host normally applies base_url's default, but a missing one is tolerated.</summary>
    public static bool TryRead(
        ActionConnection connection,
        [NotNullWhen(true)] out IncidentIoConnection? result,
        [NotNullWhen(false)] out ActionError? error) =>
        TryRead(connection, ApiCredential.ApiKey, out result, out error);

    /// <summary>Reads base_url and the secret <paramref name="credential"/> names; a missing or unusable one is <c>configuration</c>.</summary>
    public static bool TryRead(
        ActionConnection connection,
        ApiCredential credential,
        [NotNullWhen(true)] out IncidentIoConnection? result,
        [NotNullWhen(false)] out ActionError? error)
    {
        ArgumentNullException.ThrowIfNull(connection);
        result = null;
        if (credential == ApiCredential.AlertSourceToken)
        {
            return TryReadAlertSource(connection, out result, out error);
        }

        var key = connection.GetSecret(ApiKeyField);
        error = key switch
        {
            null => Configuration("api_key is null", KeyHint),
            { IsBlank: true } => Configuration("No valid API key available", KeyHint),
            _ => null,
        };
        if (error is not null)
        {
            return false;
        }

        if (!TryReadCheckedBaseUrl(connection, out var baseUrl, out error))
        {
            return false;
        }

        result = new IncidentIoConnection(baseUrl, key!);
        return true;
    }

    private static bool TryReadAlertSource(
        ActionConnection connection,
        [NotNullWhen(true)] out IncidentIoConnection? result,
        [NotNullWhen(false)] out ActionError? error)
    {
        result = null;
        var raw = connection.GetSecret(AlertSourceTokenField);
        if (raw is null || raw.IsBlank)
        {
            error = Configuration("alert_source_token is not set: sending alert events needs the alert source's own secret", AlertSourceTokenHint);
            return false;
        }

        if (!AlertSourceToken.TryParse(raw.Reveal(), out var token, out var problem))
        {
            error = Configuration(problem, AlertSourceTokenHint);
            return false;
        }

        if (!TryReadCheckedBaseUrl(connection, out var baseUrl, out error))
        {
            return false;
        }

        result = new IncidentIoConnection(baseUrl, new SecretValue(token.Value.Secret), token.Value.Scheme);
        return true;
    }

    private static bool TryReadCheckedBaseUrl(ActionConnection connection, [NotNullWhen(true)] out Uri? baseUrl, [NotNullWhen(false)] out ActionError? error)
    {
        error = null;
        if (!TryReadBaseUrl(connection.GetSetting(BaseUrlField), out baseUrl))
        {
            error = Configuration("base_url is not an absolute http(s) URL", BaseUrlHint);
            return false;
        }

        if (BaseUrlPolicy.Refusal(baseUrl) is { } refusal)
        {
            error = Configuration(refusal, BaseUrlHint);
            baseUrl = null;
            return false;
        }

        return true;
    }

    private static bool TryReadBaseUrl(string? value, [NotNullWhen(true)] out Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            baseUrl = DefaultBaseUrl;
            return true;
        }

        // An absolute URI of any scheme reads; BaseUrlPolicy says which schemes and hosts are allowed.
        return Uri.TryCreate(value.Trim(), UriKind.Absolute, out baseUrl) && !baseUrl.IsFile;
    }

    private static ActionError Configuration(string message, string hint) =>
        new() { Code = ActionErrorCodes.Configuration, Message = message, Hint = hint };
}
