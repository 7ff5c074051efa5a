using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.GetIncident;

/// <summary>Input of incidentio.get_incident.</summary>
internal sealed record GetIncidentInput(string IncidentId)
{
    public const string IncidentIdField = "incident_id";

    /// <summary>Reads the input. The host validated it already; this guards direct callers and blank ids.</summary>
    public static bool TryRead(
        JsonElement input,
        [NotNullWhen(true)] out GetIncidentInput? result,
        [NotNullWhen(false)] out ActionError? error)
    {
        result = null;
        error = null;
        if (input.ValueKind == JsonValueKind.Object
            && input.TryGetProperty(IncidentIdField, out var id)
            && id.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(id.GetString()))
        {
            result = new GetIncidentInput(id.GetString()!);
            return true;
        }

        error = new ActionError
        {
            Code = ActionErrorCodes.ValidationFailed,
            Message = "incident_id is required: the incident's id, the number of its reference (123) or the reference (INC-123)",
            Details = [new ActionErrorDetail("/" + IncidentIdField, "must be a non-empty string", "is_required")],
        };
        return false;
    }
}
