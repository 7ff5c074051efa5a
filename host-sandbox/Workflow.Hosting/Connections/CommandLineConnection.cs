namespace Workflow.Hosting.Connections;

/// <summary>The connection values given on the command line: --base-url sets base_url, --api-key-file sets api_key.</summary>
internal static class CommandLineConnection
{
    public const string BaseUrlField = "base_url";
    public const string ApiKeyField = "api_key";

    /// <summary>The values by field name, or null when the key file cannot be read (<paramref name="error"/> says why).</summary>
    public static IReadOnlyDictionary<string, string>? Read(string? baseUrl, string? apiKeyFile, out string? error)
    {
        error = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(baseUrl))
        {
            values[BaseUrlField] = baseUrl;
        }

        if (apiKeyFile is null)
        {
            return values;
        }

        if (!File.Exists(apiKeyFile))
        {
            error = $"--api-key-file: the file '{apiKeyFile}' does not exist";
            return null;
        }

        // Editors and `echo` add a trailing newline; a key never ends with one.
        values[ApiKeyField] = File.ReadAllText(apiKeyFile).TrimEnd('\r', '\n');
        return values;
    }
}
