using System.Text.RegularExpressions;

namespace IncidentIo.Plugin.Actions.GetIncident;

/// <summary>
/// incident.io accepts an incident's full id or the number of its reference (123 for INC-123) in
/// <c>/v2/incidents/{id}</c>. People copy the reference as shown, so <c>INC-123</c> is accepted too.
/// </summary>
internal static partial class IncidentReference
{
    /// <summary>The value for the path: <c>INC-123</c> (any case, surrounding blanks ignored) becomes <c>123</c>; anything else is sent as given, trimmed.</summary>
    public static string ToPathId(string incidentId)
    {
        var trimmed = incidentId.Trim();
        var match = ReferencePattern().Match(trimmed);
        return match.Success ? match.Groups["number"].Value : trimmed;
    }

    [GeneratedRegex("^INC-(?<number>[0-9]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();
}
