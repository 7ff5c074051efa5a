namespace IncidentIo.Plugin.Actions.TestConnection;

/// <summary>
/// Which roles probably grant a write scope. incident.io does not publish this (the spec names scopes per operation and
/// roles per key, never which role grants which scope), so this is the best guess of API-NOTES-2 §8.3, from role names and
/// dashboard labels. Every answer from it is labelled <c>role_guess</c>, never reported as measured.
/// </summary>
internal static class RoleGuesses
{
    private static readonly Dictionary<string, string[]> ByScope = new(StringComparer.Ordinal)
    {
        ["incidents.create"] = ["incident_creator"],
        ["alerts.resolve"] = ["on_call_editor", "incident_editor"],
        ["escalations.create"] = ["escalation_creator", "on_call_editor"],
        ["escalations.cancel"] = ["escalation_creator", "on_call_editor"],
        ["follow_ups.create"] = ["incident_editor"],
        ["follow_ups.update"] = ["incident_editor"],
        ["follow_ups.destroy"] = ["incident_editor"],
        ["follow_ups.connect_external_issue"] = ["incident_editor"],
        ["actions.create"] = ["incident_editor"],
        ["actions.update"] = ["incident_editor"],
        ["actions.destroy"] = ["incident_editor"],
    };

    /// <summary>
    /// Writes whose operation the spec leaves without a scope, by action: <c>POST /v2/incidents/{id}/actions/edit</c> needs
    /// the dashboard's "Edit incidents" permission (API-NOTES §1.5), so update_incident and set_custom_field are guessed from that role.
    /// </summary>
    private static readonly Dictionary<string, (string Operation, string[] Roles)> UnscopedWrites = new(StringComparer.Ordinal)
    {
        ["incidentio.update_incident"] = ("POST /v2/incidents/{id}/actions/edit", ["incident_editor"]),
        ["incidentio.set_custom_field"] = ("POST /v2/incidents/{id}/actions/edit", ["incident_editor"]),
    };

    /// <summary>The roles that probably grant <paramref name="scope"/>; null when there is no guess.</summary>
    public static IReadOnlyList<string>? RolesFor(string scope) => ByScope.TryGetValue(scope, out var roles) ? roles : null;

    /// <summary>The write of <paramref name="action"/> that the spec gives no scope, with the roles that probably allow it; null for none.</summary>
    public static (string Operation, IReadOnlyList<string> Roles)? UnscopedWriteOf(string action) =>
        UnscopedWrites.TryGetValue(action, out var write) ? (write.Operation, write.Roles) : null;
}
