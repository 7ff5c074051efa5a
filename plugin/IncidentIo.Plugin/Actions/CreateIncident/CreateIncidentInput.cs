using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.CreateIncident;

/// <summary>
/// Input of incidentio.create_incident: the fields of <c>IncidentsCreatePayloadV2</c> under the same names, with
/// <c>visibility</c> defaulting to public, <c>mode</c> to standard and <c>idempotency_key</c> to <see cref="IdempotencyKey"/>.
/// </summary>
internal static class CreateIncidentInput
{
    public const string RetrospectiveOptionsField = "retrospective_incident_options";
    public const string Retrospective = "retrospective";

    /// <summary>The request body for this input and step, or <c>validation_failed</c>.</summary>
    public static bool TryRead(
        JsonElement input,
        RunInfo run,
        [NotNullWhen(true)] out IncidentsCreatePayloadV2? payload,
        [NotNullWhen(false)] out ActionError? error)
    {
        payload = null;
        if (!ActionInput.TryObject(input, out var node, out error))
        {
            return false;
        }

        var mode = ActionInput.Text(node["mode"]) ?? "standard";
        if (node.ContainsKey(RetrospectiveOptionsField) && mode != Retrospective)
        {
            error = ActionInput.Invalid(
                $"{RetrospectiveOptionsField} is only accepted when mode is retrospective (mode is {mode})",
                new ActionErrorDetail("/" + RetrospectiveOptionsField, "only allowed when mode is retrospective", "not_allowed"));
            return false;
        }

        if (string.IsNullOrWhiteSpace(ActionInput.Text(node["idempotency_key"])))
        {
            node["idempotency_key"] = IdempotencyKey.For(run);
        }

        node["visibility"] ??= "public";
        node["mode"] = mode;
        return ActionInput.TryBind(node, out payload, out error);
    }
}
