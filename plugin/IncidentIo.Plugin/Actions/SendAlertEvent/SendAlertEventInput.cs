using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.SendAlertEvent;

/// <summary>
/// Input of incidentio.send_alert_event: <c>alert_source_config_id</c> (the source's id, or its alert events URL) and
/// the fields of <c>AlertEventsCreateHTTPPayloadV2</c> under the same names. <c>deduplication_key</c> is required here
/// although the spec marks it optional: without a stable key a resolved event cannot find its firing alert.
/// </summary>
internal sealed record SendAlertEventInput(string AlertSourceConfigId, AlertEventsCreateHTTPPayloadV2 Payload)
{
    public const string AlertSourceConfigIdField = "alert_source_config_id";

    public static bool TryRead(JsonElement input, [NotNullWhen(true)] out SendAlertEventInput? result, [NotNullWhen(false)] out ActionError? error)
    {
        result = null;
        if (!ActionInput.TryObject(input, out var node, out error))
        {
            return false;
        }

        // alert_source_config_id goes in the path; binding to the payload type leaves it out of the body.
        var sourceId = AlertSourceConfigReference.ToId(ActionInput.Text(node[AlertSourceConfigIdField]));
        var problems = new List<ActionErrorDetail>();
        if (sourceId is null)
        {
            problems.Add(new("/" + AlertSourceConfigIdField, "must be the alert source's id or its alert events URL", "is_required"));
        }

        if (string.IsNullOrWhiteSpace(ActionInput.Text(node["deduplication_key"])))
        {
            problems.Add(new("/deduplication_key", "must be a non-empty string, stable per alert, so the resolved event finds the firing one", "is_required"));
        }

        if (node["metadata"] is { } metadata && metadata.GetValueKind() != JsonValueKind.Object)
        {
            problems.Add(new("/metadata", "must be a JSON object", "invalid_type"));
        }

        if (problems.Count > 0)
        {
            error = ActionInput.Invalid($"Invalid alert event: {string.Join("; ", problems.Select(p => $"{p.Field} {p.Message}"))}", [.. problems]);
            return false;
        }

        if (!ActionInput.TryBind<AlertEventsCreateHTTPPayloadV2>(node, out var payload, out error))
        {
            return false;
        }

        result = new SendAlertEventInput(sourceId!, payload);
        return true;
    }
}
