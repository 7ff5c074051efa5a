using IncidentIo.Plugin.Client;

namespace IncidentIo.Plugin.Actions.TestConnection;

/// <summary>
/// For each read scope, the cheapest harmless call the spec guards with it: a list, with <c>page_size=1</c> where the
/// operation pages. A 2xx proves the key has the scope, a 403 that it does not. Write scopes have no such call (every
/// write changes something), so they are not here (<see cref="RoleGuesses"/>).
/// </summary>
internal static class ScopeProbes
{
    private static readonly Dictionary<string, (ApiOperation Operation, bool Paged)> ByScope = new(StringComparer.Ordinal)
    {
        ["severities.view"] = (IncidentIoOperations.ListSeverities, false),
        ["incident_statuses.view"] = (IncidentIoOperations.ListIncidentStatuses, false),
        ["incident_types.view"] = (IncidentIoOperations.ListIncidentTypes, false),
        ["incidents.view"] = (IncidentIoOperations.ListIncidents, true),
        ["alerts.view"] = (IncidentIoOperations.ListAlerts, true),
        ["alert_sources.view"] = (IncidentIoOperations.ListAlertSources, false),
        ["escalations.view"] = (IncidentIoOperations.ListEscalations, true),
        ["escalation_paths.view"] = (IncidentIoOperations.ListEscalationPaths, true),
        ["schedules.view"] = (IncidentIoOperations.ListSchedules, true),
        ["actions.view"] = (IncidentIoOperations.ListFollowUps, false),
        ["custom_fields.view"] = (IncidentIoOperations.ListCustomFields, false),
        ["incident_roles.view"] = (IncidentIoOperations.ListIncidentRoles, false),
        ["users.view"] = (IncidentIoOperations.ListUsers, true),
    };

    /// <summary>The scopes that have a probe.</summary>
    public static IEnumerable<string> Scopes => ByScope.Keys;

    /// <summary>The probe call for <paramref name="scope"/>; null when the scope has none (a write, or a read not listed yet).</summary>
    public static ApiRequest? For(string scope)
    {
        if (!ByScope.TryGetValue(scope, out var probe))
        {
            return null;
        }

        var request = new ApiRequest(probe.Operation).About($"the {scope} scope");
        return probe.Paged ? request.WithQuery("page_size", "1") : request;
    }
}
