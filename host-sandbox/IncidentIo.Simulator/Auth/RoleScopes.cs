namespace IncidentIo.Simulator.Auth;

/// <summary>
/// The simulator's model of which scopes a role grants. incident.io never publishes this mapping (API-NOTES-2 §8.3), so it
/// is the simulator's choice, the best guess of API-NOTES-2 §8.3: <c>viewer</c> reads everything the simulator serves,
/// <c>incident_creator</c> creates incidents, <c>incident_editor</c> resolves alerts and manages follow-ups,
/// <c>escalation_creator</c> and <c>on_call_editor</c> create and cancel escalations (and the latter resolves alerts). A seed key may list its <c>scopes</c> instead, to model a key with exactly those permissions.
/// </summary>
internal static class RoleScopes
{
    private static readonly Dictionary<string, string[]> ByRole = new(StringComparer.Ordinal)
    {
        ["viewer"] =
        [
            "incidents.view", "severities.view", "incident_statuses.view", "incident_types.view", "alerts.view", "alert_sources.view",
            "escalations.view", "escalation_paths.view", "schedules.view", "actions.view", "custom_fields.view", "incident_roles.view",
            "users.view",
        ],
        ["incident_creator"] = ["incidents.create"],
        ["incident_editor"] = ["alerts.resolve", "follow_ups.create", "follow_ups.update", "follow_ups.connect_external_issue"],
        ["escalation_creator"] = ["escalations.create", "escalations.cancel"],
        ["on_call_editor"] = ["escalations.create", "escalations.cancel", "alerts.resolve"],
    };

    /// <summary>Every scope the roles grant (unknown roles grant nothing).</summary>
    public static IReadOnlySet<string> Granted(IEnumerable<string> roles) =>
        roles.SelectMany(r => ByRole.TryGetValue(r, out var scopes) ? scopes : []).ToHashSet(StringComparer.Ordinal);
}
