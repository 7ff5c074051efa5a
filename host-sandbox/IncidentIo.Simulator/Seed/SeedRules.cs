using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentIo.Simulator.Seed;

/// <summary>The fields each seed list's entries need, with the spec's enums (IncidentStatusV1.category etc.).</summary>
internal static class SeedRules
{
    private static readonly string[] Categories = ["triage", "declined", "merged", "canceled", "live", "learning", "closed", "paused"];

    /// <summary>Lists whose spec schemas have no created_at / updated_at, so loading does not stamp them.</summary>
    public static readonly IReadOnlySet<string> Unstamped = new HashSet<string>(StringComparer.Ordinal) { "custom_fields", "incident_timestamps", "alert_sources", "escalation_paths", "users" };

    public static readonly IReadOnlyDictionary<string, (string Field, object Kind)[]> Lists = new Dictionary<string, (string, object)[]>
    {
        ["severities"] = [("id", JsonValueKind.String), ("name", JsonValueKind.String), ("description", JsonValueKind.String), ("rank", JsonValueKind.Number)],
        ["incident_statuses"] = [("id", JsonValueKind.String), ("name", JsonValueKind.String), ("description", JsonValueKind.String), ("rank", JsonValueKind.Number), ("category", Categories)],
        ["incident_types"] = [("id", JsonValueKind.String), ("name", JsonValueKind.String), ("description", JsonValueKind.String), ("is_default", JsonValueKind.True), ("private_incidents_only", JsonValueKind.True), ("create_in_triage", new[] { "always", "optional" })],
        ["custom_fields"] = [("id", JsonValueKind.String), ("name", JsonValueKind.String), ("description", JsonValueKind.String), ("field_type", new[] { "single_select", "multi_select", "text", "link", "numeric" }), ("options", JsonValueKind.Array)],
        ["incident_roles"] = [("id", JsonValueKind.String), ("name", JsonValueKind.String), ("description", JsonValueKind.String), ("instructions", JsonValueKind.String), ("shortform", JsonValueKind.String), ("role_type", new[] { "lead", "reporter", "custom" })],
        ["incident_timestamps"] = [("id", JsonValueKind.String), ("name", JsonValueKind.String), ("rank", JsonValueKind.Number)],
        ["escalation_paths"] = [("id", JsonValueKind.String), ("name", JsonValueKind.String), ("path", JsonValueKind.Array), ("team_ids", JsonValueKind.Array)],
        ["users"] = [("id", JsonValueKind.String), ("name", JsonValueKind.String), ("is_active", JsonValueKind.True), ("role", JsonValueKind.String), ("base_role", JsonValueKind.Object), ("custom_roles", JsonValueKind.Array), ("seats", JsonValueKind.Object)],
        ["schedules"] = [("id", JsonValueKind.String), ("name", JsonValueKind.String), ("timezone", JsonValueKind.String), ("team_ids", JsonValueKind.Array), ("annotations", JsonValueKind.Object), ("rotation", JsonValueKind.Object)],
        ["alert_sources"] = [("id", JsonValueKind.String), ("name", JsonValueKind.String), ("source_type", JsonValueKind.String), ("secret_token", JsonValueKind.String), ("template", JsonValueKind.Object)],
    };

    /// <summary>Checks one entry; adds "list[i].field: problem" for each missing or mistyped field.</summary>
    public static void Check(string list, int index, JsonNode? entry, List<string> errors)
    {
        foreach (var (field, kind) in Lists[list])
        {
            var value = entry?[field];
            var ok = kind switch
            {
                string[] allowed => value?.GetValueKind() == JsonValueKind.String && allowed.Contains((string)value!),
                JsonValueKind.True => value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
                JsonValueKind expected => value?.GetValueKind() == expected,
                _ => false,
            };
            if (!ok)
            {
                var expected = kind is string[] names ? $"one of {string.Join(", ", names)}" : kind.ToString()!.ToLowerInvariant();
                errors.Add($"{list}[{index}].{field}: missing or not {(kind is JsonValueKind.True ? "a boolean" : expected)}");
            }
        }
    }
}
