using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using IncidentIo.Plugin.Actions.GetIncident;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.SetCustomField;

/// <summary>
/// Input of incidentio.set_custom_field: <c>incident_id</c> (as get_incident takes it), <c>custom_field_id</c>, the value under
/// the spec's name for its kind (<c>CustomFieldValuePayloadV2</c>: <c>value_option_id</c>, <c>value_catalog_entry_id</c>,
/// <c>value_text</c>, <c>value_numeric</c>, <c>value_link</c>) and <c>notify_incident_channel</c> (default false). Which value
/// the field takes is known only once the field is read (<see cref="ValueFor"/>).
/// </summary>
internal sealed record SetCustomFieldInput(string IncidentId, string CustomFieldId, IReadOnlyDictionary<string, string> Values, bool Notify)
{
    /// <summary>The value inputs, in the spec's names.</summary>
    public static IReadOnlyList<string> ValueFields { get; } = ["value_option_id", "value_catalog_entry_id", "value_text", "value_numeric", "value_link"];

    public static bool TryRead(JsonElement input, [NotNullWhen(true)] out SetCustomFieldInput? result, [NotNullWhen(false)] out ActionError? error)
    {
        result = null;
        if (!GetIncidentInput.TryRead(input, out var target, out error)
            || !ActionInput.TryRequiredText(input, "custom_field_id", "custom field", out var fieldId, out error)
            || !ActionInput.TryObject(input, out var node, out error))
        {
            return false;
        }

        var values = ValueFields.Select(f => (Field: f, Value: ActionInput.Text(node[f])))
            .Where(v => !string.IsNullOrWhiteSpace(v.Value))
            .ToDictionary(v => v.Field, v => v.Value!, StringComparer.Ordinal);
        result = new SetCustomFieldInput(target.IncidentId, fieldId, values, node["notify_incident_channel"]?.GetValueKind() == JsonValueKind.True);
        return true;
    }

    /// <summary>
    /// The input <paramref name="field"/> takes its value from: options for select fields (catalog entries when the field is
    /// catalog-backed), else the field type's own (<c>value_text</c>, <c>value_numeric</c>, <c>value_link</c>); null for a
    /// type this action does not know.
    /// </summary>
    public static string? ValueFor(CustomFieldV2 field) => field switch
    {
        { CatalogTypeId: not null } => "value_catalog_entry_id",
        { FieldType: "single_select" or "multi_select" } => "value_option_id",
        { FieldType: "text" } => "value_text",
        { FieldType: "numeric" } => "value_numeric",
        { FieldType: "link" } => "value_link",
        _ => null,
    };

    /// <summary>One error per value input that does not fit <paramref name="field"/>: the one it needs missing, others given.</summary>
    public IReadOnlyList<ActionErrorDetail> ProblemsWith(CustomFieldV2 field, string? needed)
    {
        var problems = new List<ActionErrorDetail>();
        if (needed is null)
        {
            problems.Add(new ActionErrorDetail("/custom_field_id",
                $"\"{field.Name}\" is a {field.FieldType} field, which this action cannot set; use update_incident's custom_field_entries", "not_supported"));
            return problems;
        }

        if (!Values.ContainsKey(needed))
        {
            problems.Add(new ActionErrorDetail("/" + needed, $"\"{field.Name}\" is a {Kind(field)} field: give its value in {needed}", "is_required"));
        }

        problems.AddRange(Values.Keys.Where(k => k != needed).Select(k =>
            new ActionErrorDetail("/" + k, $"\"{field.Name}\" is a {Kind(field)} field: its value goes in {needed}, not {k}", "not_allowed")));
        return problems;
    }

    /// <summary>The edit that sets the field to the one value (a multi-select field to that one option).</summary>
    public IncidentsEditPayloadV2 Body(string valueField)
    {
        var value = Values[valueField];
        var payload = valueField switch
        {
            "value_option_id" => new CustomFieldValuePayloadV2 { ValueOptionId = value },
            "value_catalog_entry_id" => new CustomFieldValuePayloadV2 { ValueCatalogEntryId = value },
            "value_numeric" => new CustomFieldValuePayloadV2 { ValueNumeric = value },
            "value_link" => new CustomFieldValuePayloadV2 { ValueLink = value },
            _ => new CustomFieldValuePayloadV2 { ValueText = value },
        };
        return new IncidentsEditPayloadV2
        {
            Incident = new IncidentEditPayloadV2 { CustomFieldEntries = [new CustomFieldEntryPayloadV2 { CustomFieldId = CustomFieldId, Values = [payload] }] },
            NotifyIncidentChannel = Notify,
        };
    }

    private static string Kind(CustomFieldV2 field) => field.CatalogTypeId is null ? field.FieldType : $"catalog-backed {field.FieldType}";
}
