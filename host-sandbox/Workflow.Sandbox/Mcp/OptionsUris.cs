using System.Text;

namespace Workflow.Sandbox.Mcp;

/// <summary>
/// The URIs of the dropdown options resources: <c>options://{action id}/{input name}</c>, with the inputs the options
/// depend on as query parameters (<c>options://incidentio.update_incident/severity_id?incident_id=01H…</c>; as an
/// RFC 6570 template <c>…/severity_id{?incident_id}</c>).
/// </summary>
internal static class OptionsUris
{
    public const string Scheme = "options://";

    /// <summary>The URI template of one dynamic input.</summary>
    public static string Template(string actionId, string inputName, IReadOnlyList<string> dependsOn) =>
        $"{Scheme}{actionId}/{inputName}" + (dependsOn.Count == 0 ? "" : $"{{?{string.Join(',', dependsOn)}}}");

    /// <summary>Splits a resource URI into the action id, the input name and the query's values; false when it is not an options URI.</summary>
    public static bool TryParse(string uri, out string actionId, out string inputName, out IReadOnlyDictionary<string, string> query)
    {
        actionId = inputName = "";
        query = new Dictionary<string, string>();
        if (!uri.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = uri[Scheme.Length..];
        var questionMark = rest.IndexOf('?', StringComparison.Ordinal);
        var path = questionMark < 0 ? rest : rest[..questionMark];
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == path.Length - 1 || path.IndexOf('/', slash + 1) >= 0)
        {
            return false;
        }

        actionId = Uri.UnescapeDataString(path[..slash]);
        inputName = Uri.UnescapeDataString(path[(slash + 1)..]);
        query = questionMark < 0 ? query : ParseQuery(rest[(questionMark + 1)..]);
        return true;
    }

    private static Dictionary<string, string> ParseQuery(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? "" : pair[(equals + 1)..];
            values[Unescape(name)] = Unescape(value);
        }

        return values;
    }

    // Form encoding writes a space as +.
    private static string Unescape(string text) => Uri.UnescapeDataString(new StringBuilder(text).Replace('+', ' ').ToString());
}
