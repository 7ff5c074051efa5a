using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.Names;

/// <summary>
/// Turns the by-name inputs of create_incident and update_incident into the spec's id-based fields, at run time:
/// <c>custom_fields</c> (<c>{"Affected Team": "Platform"}</c>) into <c>custom_field_entries</c> and <c>roles</c>
/// (<c>{"Incident Lead": "alice@example.com"}</c>) into <c>incident_role_assignments</c>, appended to any raw entries.
/// Names match ignoring case. Every unknown name, option or clash is one detail at its JSON Pointer
/// (<c>/custom_fields/Affected Team</c>) naming the closest known names.
/// </summary>
internal static class NameResolver
{
    public const string CustomFieldsField = "custom_fields";
    public const string RolesField = "roles";

    /// <summary>The input with names resolved (unchanged when it has none), or the error: <c>validation_failed</c>, or the failed lookup's.</summary>
    public static async Task<(JsonElement Input, ActionError? Error)> ResolveAsync(
        IncidentIoClientFactory clients, ActionContext context, CancellationToken cancellationToken)
    {
        var input = context.Input;
        if (input.ValueKind != JsonValueKind.Object || !(input.TryGetProperty(CustomFieldsField, out _) || input.TryGetProperty(RolesField, out _)))
        {
            return (input, null);
        }

        // The same parse as every action's input: a member named twice is validation_failed, not a JsonObject that throws when touched.
        if (!ActionInput.TryObject(input, out var node, out var inputError))
        {
            return (input, inputError);
        }

        var lists = new ReferenceData(clients, context);
        var problems = new List<ActionErrorDetail>();
        if (node[CustomFieldsField] is JsonObject fields)
        {
            var error = await CustomFieldsAsync(node, fields, lists, problems, cancellationToken);
            if (error is not null)
            {
                return (input, error);
            }
        }

        if (node[RolesField] is JsonObject roles)
        {
            var error = await RolesAsync(node, roles, lists, problems, cancellationToken);
            if (error is not null)
            {
                return (input, error);
            }
        }

        if (problems.Count > 0)
        {
            return (input, ActionInput.Invalid($"Unknown names: {string.Join("; ", problems.Select(p => $"{p.Field} {p.Message}"))}", [.. problems]));
        }

        node.Remove(CustomFieldsField);
        node.Remove(RolesField);
        return (JsonSerializer.SerializeToElement(node), null);
    }

    private static async Task<ActionError?> CustomFieldsAsync(JsonObject node, JsonObject byName, ReferenceData lists, List<ActionErrorDetail> problems, CancellationToken cancellationToken)
    {
        var (fields, error) = await lists.CustomFieldsAsync(cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var entries = node["custom_field_entries"] as JsonArray ?? [];
        var names = fields!.Select(f => f.Name).ToList();
        foreach (var (name, value) in byName)
        {
            var pointer = JsonPointers.From([CustomFieldsField, name]);
            var field = Match(fields!, name, f => f.Name);
            if (field is null)
            {
                problems.Add(new(pointer, $"no custom field is named \"{name}\"{CloseMatches.Hint(name, names)}", "unknown_name"));
                continue;
            }

            if (entries.Any(e => (string?)e?["custom_field_id"] == field.Id))
            {
                problems.Add(new(pointer, $"\"{field.Name}\" is also given in custom_field_entries; give it once", "duplicate"));
                continue;
            }

            var values = new JsonArray();
            var texts = value switch
            {
                null => [],
                JsonArray many => many.Select((v, i) => (Node: v, Pointer: JsonPointers.Append(pointer, i.ToString(CultureInfo.InvariantCulture)))).ToList(),
                _ => [(Node: (JsonNode?)value, Pointer: pointer)],
            };
            foreach (var (item, itemPointer) in texts)
            {
                var (payload, problem, lookupError) = await ValueAsync(field, item, itemPointer, lists, cancellationToken);
                if (lookupError is not null)
                {
                    return lookupError;
                }

                if (problem is not null)
                {
                    problems.Add(problem);
                }
                else
                {
                    values.Add(payload);
                }
            }

            entries.Add(new JsonObject { ["custom_field_id"] = field.Id, ["values"] = values });
        }

        node["custom_field_entries"] = entries.DeepClone();
        return null;
    }

    // One CustomFieldValuePayloadV2 for a value given as text (or a number for numeric fields).
    private static async Task<(JsonObject? Value, ActionErrorDetail? Problem, ActionError? Error)> ValueAsync(
        CustomFieldV2 field, JsonNode? given, string pointer, ReferenceData lists, CancellationToken cancellationToken)
    {
        var text = given is JsonValue v && v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number
            ? v.GetValueKind() == JsonValueKind.Number ? v.ToJsonString() : v.GetValue<string>()
            : null;
        if (text is null)
        {
            return (null, new(pointer, "must be text, a number, a list of them, or null to clear the field", "invalid_type"), null);
        }

        if (field.CatalogTypeId is not null)
        {
            // Catalog-backed fields take an entry id, external id or alias (the spec's value_catalog_entry_id).
            return (new JsonObject { ["value_catalog_entry_id"] = text }, null, null);
        }

        switch (field.FieldType)
        {
            case "text":
                return (new JsonObject { ["value_text"] = text }, null, null);
            case "link":
                return (new JsonObject { ["value_link"] = text }, null, null);
            case "numeric":
                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                    ? (new JsonObject { ["value_numeric"] = text }, null, null)
                    : (null, new(pointer, $"\"{field.Name}\" is a number field; \"{text}\" is not a number", "invalid_value"), null);
        }

        var (options, error) = await lists.OptionsAsync(field.Id, cancellationToken);
        if (error is not null)
        {
            return (null, null, error);
        }

        var option = Match(options!, text, o => o.Value);
        return option is not null
            ? (new JsonObject { ["value_option_id"] = option.Id }, null, null)
            : (null, new(pointer, $"\"{field.Name}\" has no option \"{text}\"{CloseMatches.Hint(text, options!.Select(o => o.Value).ToList())}", "unknown_name"), null);
    }

    private static async Task<ActionError?> RolesAsync(JsonObject node, JsonObject byName, ReferenceData lists, List<ActionErrorDetail> problems, CancellationToken cancellationToken)
    {
        var (roles, error) = await lists.RolesAsync(cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var assignments = node["incident_role_assignments"] as JsonArray ?? [];
        var names = roles!.Select(r => r.Name).ToList();
        foreach (var (name, person) in byName)
        {
            var pointer = JsonPointers.From([RolesField, name]);
            var role = Match(roles!, name, r => r.Name) ?? roles!.FirstOrDefault(r => string.Equals(r.Shortform, name.Trim(), StringComparison.OrdinalIgnoreCase) && r.Shortform!.Length > 0);
            if (role is null)
            {
                problems.Add(new(pointer, $"no incident role is named \"{name}\"{CloseMatches.Hint(name, names)}", "unknown_name"));
            }
            else if (assignments.Any(a => (string?)a?["incident_role_id"] == role.Id))
            {
                problems.Add(new(pointer, $"\"{role.Name}\" is also given in incident_role_assignments; give it once", "duplicate"));
            }
            else if (Assignee(person) is { } assignee)
            {
                assignments.Add(new JsonObject { ["incident_role_id"] = role.Id, ["assignee"] = assignee });
            }
            else
            {
                problems.Add(new(pointer, "must be the person's email address or incident.io user id", "invalid_type"));
            }
        }

        node["incident_role_assignments"] = assignments.DeepClone();
        return null;
    }

    // UserReferencePayloadV2 from an email address or a user id.
    private static JsonObject? Assignee(JsonNode? person) =>
        ActionInput.Text(person)?.Trim() is { Length: > 0 } text
            ? new JsonObject { [text.Contains('@', StringComparison.Ordinal) ? "email" : "id"] = text }
            : null;

    // Exact name first, then the same name ignoring case and surrounding spaces.
    private static T? Match<T>(IReadOnlyList<T> items, string name, Func<T, string> nameOf)
        where T : class =>
        items.FirstOrDefault(i => nameOf(i) == name) ?? items.FirstOrDefault(i => string.Equals(nameOf(i).Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
}
