using IncidentIo.Plugin.Client;

namespace IncidentIo.Plugin.Actions.TestConnection;

/// <summary>
/// For each read scope, the cheapest harmless call the spec guards with it: a list, with <c>page_size=1</c> where the
/// operation pages. A 2xx proves the key has the scope, a 403 that it does not. Write scopes have no such call (every
/// write changes something), so they are not here (<see cref="RoleGuesses"/>).
/// </summary>
internal static class ScopeProbes
{
    // Keyed by the scope each operation already declares (ApiOperation.RbacScope, from the spec), not restated here.
    private static readonly Dictionary<string, (ApiOperation Operation, bool Paged)> ByScope = new (ApiOperation Operation, bool Paged)[]
    {
        (IncidentIoOperations.ListSeverities, false),
        (IncidentIoOperations.ListIncidentStatuses, false),
        (IncidentIoOperations.ListIncidentTypes, false),
        (IncidentIoOperations.ListIncidents, true),
        (IncidentIoOperations.ListAlerts, true),
        (IncidentIoOperations.ListAlertSources, false),
        (IncidentIoOperations.ListEscalations, true),
        (IncidentIoOperations.ListEscalationPaths, true),
        (IncidentIoOperations.ListSchedules, true),
        (IncidentIoOperations.ListFollowUps, false),
        (IncidentIoOperations.ListCustomFields, false),
        (IncidentIoOperations.ListIncidentRoles, false),
        (IncidentIoOperations.ListUsers, true),
    }.ToDictionary(p => p.Operation.RbacScope!, StringComparer.Ordinal);

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
