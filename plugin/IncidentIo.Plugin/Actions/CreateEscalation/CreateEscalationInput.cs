using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentIo.Plugin.Actions.CreateIncident;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.CreateEscalation;

/// <summary>
/// Input of incidentio.create_escalation: the fields of <c>EscalationsCreatePayloadV2</c> under the same names.
/// Exactly one of <c>escalation_path_id</c> and <c>user_ids</c> (one error naming both when both or neither are given);
/// <c>idempotency_key</c> defaults to <see cref="IdempotencyKey.For"/>.
/// </summary>
internal static class CreateEscalationInput
{
    public static bool TryRead(JsonElement input, RunInfo run, [NotNullWhen(true)] out EscalationsCreatePayloadV2? payload, [NotNullWhen(false)] out ActionError? error)
    {
        payload = null;
        if (!ActionInput.TryObject(input, out var node, out error))
        {
            return false;
        }

        var hasPath = !string.IsNullOrWhiteSpace(ActionInput.Text(node["escalation_path_id"]));
        var hasUsers = node["user_ids"] is JsonArray { Count: > 0 };
        if (hasPath == hasUsers)
        {
            var message = hasPath
                ? "give escalation_path_id or user_ids, not both: incident.io pages either through a path or the users directly"
                : "give escalation_path_id (page through an escalation path) or user_ids (page people directly)";
            error = ActionInput.Invalid(message, new ActionErrorDetail("/escalation_path_id", message, hasPath ? "not_allowed" : "is_required"));
            return false;
        }

        if (string.IsNullOrWhiteSpace(ActionInput.Text(node["idempotency_key"])))
        {
            node["idempotency_key"] = IdempotencyKey.For(run);
        }

        return ActionInput.TryBind(node, out payload, out error);
    }
}
