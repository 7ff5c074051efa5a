using System.Text.Json.Nodes;
using IncidentIo.Simulator.Auth;
using IncidentIo.Simulator.Json;

namespace IncidentIo.Simulator.Seed;

/// <summary>
/// The organisation's configuration the simulator serves: severities, statuses, types, custom fields, roles and
/// timestamps, in the spec's v1 shapes, looked up by id. Immutable after loading, so safe to share across requests.
/// </summary>
internal sealed class SeedCatalog
{
    private readonly JsonObject _root;
    private readonly Dictionary<string, Dictionary<string, JsonObject>> _byId = [];

    public SeedCatalog(JsonObject root, DateTimeOffset now)
    {
        _root = root;
        var stamp = SimulatorJson.Timestamp(now);
        Stamp = stamp;
        foreach (var list in SeedRules.Lists.Keys)
        {
            var entries = List(list);
            foreach (var entry in entries.Where(_ => !SeedRules.Unstamped.Contains(list)))
            {
                entry["created_at"] ??= stamp;
                entry["updated_at"] ??= stamp;
            }

            _byId[list] = entries.GroupBy(e => (string)e["id"]!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        }
    }

    public string DashboardUrl => (string?)_root["organisation"]?["dashboard_url"] ?? "https://app.incident.io/simulated-org";

    public string SlackTeamId => (string?)_root["organisation"]?["slack_team_id"] ?? "T0SIMULATED";

    public ApiKeyIdentity ApiKey => Identity(_root["api_key"]!);

    public ApiKeyIdentity? LimitedApiKey => _root["limited_api_key"] is { } key ? Identity(key) : null;

    public IReadOnlyList<JsonObject> Severities => List("severities");

    public IReadOnlyList<JsonObject> Statuses => List("incident_statuses");

    public IReadOnlyList<JsonObject> Types => List("incident_types");

    /// <summary>The alert sources (AlertSourceV2 without alert_events_url, which depends on the address served).</summary>
    public IReadOnlyList<JsonObject> AlertSources => List("alert_sources");

    /// <summary>The escalation paths (EscalationPathV2).</summary>
    public IReadOnlyList<JsonObject> EscalationPaths => List("escalation_paths");

    /// <summary>When the seed was loaded: the created_at / updated_at of entries that do not give their own.</summary>
    public string Stamp { get; }

    /// <summary>The custom fields, each with its <c>options</c> (the seed's own shape).</summary>
    public IReadOnlyList<JsonObject> CustomFields => List("custom_fields");

    /// <summary>The incident roles (IncidentRoleV2).</summary>
    public IReadOnlyList<JsonObject> Roles => List("incident_roles");

    /// <summary>The organisation's users (UserWithRolesV2).</summary>
    public IReadOnlyList<JsonObject> Users => List("users");

    /// <summary>The on-call schedules: ScheduleV2 fields plus the seed's own <c>rotation</c> (see <c>Schedules/ScheduleRota</c>).</summary>
    public IReadOnlyList<JsonObject> Schedules => List("schedules");

    public JsonObject DefaultType => Types.First(t => (bool)t["is_default"]!);

    /// <summary>Where a create without incident_status_id starts: the first live status by rank.</summary>
    public JsonObject FirstLiveStatus => Statuses.Where(s => (string)s["category"]! == "live").MinBy(s => (long)s["rank"]!)!;

    public JsonObject? Find(string list, string? id) =>
        id is not null && _byId[list].TryGetValue(id, out var entry) ? entry : null;

    public void CheckCompleteness(List<string> errors)
    {
        if (!Statuses.Any(s => (string)s["category"]! == "live"))
        {
            errors.Add("incident_statuses: needs at least one status with category live");
        }

        if (Types.Count(t => (bool)t["is_default"]!) != 1)
        {
            errors.Add("incident_types: needs exactly one type with is_default true");
        }

        foreach (var list in SeedRules.Lists.Keys.Where(l => _byId[l].Count != List(l).Count))
        {
            errors.Add($"{list}: ids must be unique");
        }
    }

    private List<JsonObject> List(string name) => ((JsonArray)_root[name]!).OfType<JsonObject>().ToList();

    // A key lists its granted scopes, or is granted what its roles grant in the simulator's model.
    private static ApiKeyIdentity Identity(JsonNode key)
    {
        var roles = key["roles"]!.AsArray().Select(r => (string)r!).ToList();
        return key["scopes"] is JsonArray scopes
            ? new((string)key["id"]!, (string)key["name"]!, roles, scopes.Select(s => (string)s!).ToHashSet(StringComparer.Ordinal))
            : ApiKeyIdentity.FromRoles((string)key["id"]!, (string)key["name"]!, roles);
    }
}
