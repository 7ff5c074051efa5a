using System.Text.Json.Nodes;
using IncidentIo.Simulator.Payloads;
using IncidentIo.Simulator.Seed;
using IncidentIo.Simulator.State;

namespace IncidentIo.Simulator.Incidents;

/// <summary>
/// The custom field entries, role assignments and timestamp values of a create or edit payload, turned into
/// their response shapes (CustomFieldEntryV2, IncidentRoleAssignmentV2, IncidentTimestampWithValueV2) from the
/// seed's definitions. Applied per id, so an edit only touches the entries it names; null clears one.
/// </summary>
internal sealed record NestedChanges(
    List<(string Id, JsonObject? Entry)> CustomFields,
    List<(string Id, JsonObject? Entry)> Roles,
    List<(string Id, JsonObject? Entry)> Timestamps)
{
    public static NestedChanges Read(PayloadReader reader, SeedCatalog catalog) => new(
        Items(reader, "custom_field_entries", item => CustomFieldValues.Entry(item, catalog)),
        Items(reader, "incident_role_assignments", item => RoleAssignment(item, catalog)),
        Items(reader, "incident_timestamp_values", item => TimestampValue(item, catalog)));

    public void ApplyTo(IncidentRecord incident)
    {
        Apply(incident.CustomFieldEntries, CustomFields);
        Apply(incident.RoleAssignments, Roles);
        Apply(incident.TimestampValues, Timestamps);
    }

    private static List<(string, JsonObject?)> Items(PayloadReader reader, string field, Func<PayloadReader, (string, JsonObject?)?> read)
    {
        var result = new List<(string, JsonObject?)>();
        var items = reader.Array(field) ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item)
            {
                reader.Invalid($"{field}[{i}]", $"{reader.Path(field)}[{i}] must be an object");
                continue;
            }

            if (read(reader.Nested(item, $"{field}[{i}]")) is { } entry)
            {
                result.Add(entry);
            }
        }

        return result;
    }

    private static (string, JsonObject?)? RoleAssignment(PayloadReader item, SeedCatalog catalog)
    {
        var role = item.Reference("incident_role_id", catalog, "incident_roles", "incident role", required: true);
        if (role is null)
        {
            return null;
        }

        var assignment = new JsonObject { ["role"] = role.DeepClone() };
        if (item.Object("assignee") is { } assignee)
        {
            var reference = item.Nested(assignee, "assignee");
            var (id, email, slack) = (reference.String("id"), reference.String("email"), reference.String("slack_user_id"));
            var user = new JsonObject { ["id"] = id ?? $"user-{email ?? slack}", ["name"] = email?.Split('@')[0] ?? slack ?? id, ["role"] = "unset" };
            if (email is not null)
            {
                user["email"] = email;
            }

            if (slack is not null)
            {
                user["slack_user_id"] = slack;
            }

            assignment["assignee"] = user;
        }

        return ((string)role["id"]!, assignment);
    }

    private static (string, JsonObject?)? TimestampValue(PayloadReader item, SeedCatalog catalog)
    {
        var timestamp = item.Reference("incident_timestamp_id", catalog, "incident_timestamps", "incident timestamp", required: true);
        var value = item.String("value");
        if (value is not null && !DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            item.Invalid("value", $"{item.Path("value")} must be a date-time");
        }

        if (timestamp is null)
        {
            return null;
        }

        var entry = new JsonObject { ["incident_timestamp"] = new JsonObject { ["id"] = timestamp["id"]!.DeepClone(), ["name"] = timestamp["name"]!.DeepClone(), ["rank"] = timestamp["rank"]!.DeepClone() } };
        if (value is not null)
        {
            entry["value"] = new JsonObject { ["value"] = value };
        }

        return ((string)timestamp["id"]!, entry);
    }

    private static void Apply(Dictionary<string, JsonObject> target, List<(string Id, JsonObject? Entry)> changes)
    {
        foreach (var (id, entry) in changes)
        {
            if (entry is null)
            {
                target.Remove(id);
            }
            else
            {
                target[id] = entry;
            }
        }
    }
}
