namespace Workflow.Hosting.Connections;

/// <summary>
/// The connection values given on the command line: --base-url sets base_url, --api-key-file sets api_key and
/// --alert-source-token-file sets alert_source_token (the secret an alert source authenticates events with).
/// </summary>
internal static class CommandLineConnection
{
    public const string BaseUrlField = "base_url";
    public const string ApiKeyField = "api_key";
    public const string AlertSourceTokenField = "alert_source_token";

    /// <summary>The values by field name, or null when a secret file cannot be read (<paramref name="error"/> says why).</summary>
    public static IReadOnlyDictionary<string, string>? Read(string? baseUrl, string? apiKeyFile, out string? error, string? alertSourceTokenFile = null)
    {
        error = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(baseUrl))
        {
            values[BaseUrlField] = baseUrl;
        }

        return TryReadSecret(values, ApiKeyField, "--api-key-file", apiKeyFile, out error)
            && TryReadSecret(values, AlertSourceTokenField, "--alert-source-token-file", alertSourceTokenFile, out error)
            ? values
            : null;
    }

    private static bool TryReadSecret(Dictionary<string, string> values, string field, string option, string? file, out string? error)
    {
        error = null;
        if (file is null)
        {
            return true;
        }

        if (!File.Exists(file))
        {
            error = $"{option}: the file '{file}' does not exist";
            return false;
        }

        // Editors and `echo` add a trailing newline; a secret never ends with one.
        values[field] = File.ReadAllText(file).TrimEnd('\r', '\n');
        return true;
    }
}
