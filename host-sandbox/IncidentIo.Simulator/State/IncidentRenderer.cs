using System.Globalization;
using System.Text.Json.Nodes;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.Seed;

namespace IncidentIo.Simulator.State;

/// <summary>Turns a stored incident into an IncidentV2 object, embedding the seed's severity, status and type.</summary>
internal sealed class IncidentRenderer(SeedCatalog catalog)
{
    public JsonObject Render(IncidentRecord incident)
    {
        var node = new JsonObject
        {
            ["id"] = incident.Id,
            ["reference"] = Reference(incident.Number),
            ["name"] = incident.Name,
            ["permalink"] = $"{catalog.DashboardUrl}/incidents/{incident.Number.ToString(CultureInfo.InvariantCulture)}",
            ["visibility"] = incident.Visibility,
            ["mode"] = incident.Mode,
            ["incident_status"] = catalog.Find("incident_statuses", incident.StatusId)!.DeepClone(),
            ["incident_type"] = TypeV2(catalog.Find("incident_types", incident.TypeId)!),
            ["creator"] = new JsonObject { ["api_key"] = new JsonObject { ["id"] = incident.Creator.Id, ["name"] = incident.Creator.Name } },
            ["custom_field_entries"] = Array(incident.CustomFieldEntries.Values),
            ["incident_role_assignments"] = Array(incident.RoleAssignments.Values),
            ["incident_timestamp_values"] = Array(incident.TimestampValues.Values),
            ["slack_team_id"] = incident.SlackTeamId,
            ["slack_channel_id"] = incident.SlackChannelId,
            ["created_at"] = SimulatorJson.Timestamp(incident.CreatedAt),
            ["updated_at"] = SimulatorJson.Timestamp(incident.UpdatedAt),
        };
        AddIfSet(node, "summary", incident.Summary);
        AddIfSet(node, "slack_channel_name", incident.SlackChannelName);
        AddIfSet(node, "call_url", incident.CallUrl);
        AddIfSet(node, "postmortem_document_url", incident.PostmortemDocumentUrl);
        if (catalog.Find("severities", incident.SeverityId) is { } severity)
        {
            node["severity"] = severity.DeepClone();
        }

        return node;
    }

    public static string Reference(long number) => $"INC-{number.ToString(CultureInfo.InvariantCulture)}";

    // IncidentTypeV2 is IncidentTypeV1 without owning_team_ids.
    private static JsonObject TypeV2(JsonObject type)
    {
        var clone = type.DeepClone().AsObject();
        clone.Remove("owning_team_ids");
        return clone;
    }

    private static JsonArray Array(IEnumerable<JsonObject> entries) => new(entries.Select(e => e.DeepClone()).ToArray());

    private static void AddIfSet(JsonObject node, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            node[name] = value;
        }
    }
}
