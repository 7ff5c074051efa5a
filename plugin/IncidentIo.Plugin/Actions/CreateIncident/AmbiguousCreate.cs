using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.CreateIncident;

/// <summary>
/// A create whose outcome is unknown (an attempt was sent and never answered): the incident may exist. The error says so,
/// names the idempotency key that was used and gives the input to run again with it, which incident.io answers with the
/// incident it created instead of opening a second one.
/// </summary>
internal static class AmbiguousCreate
{
    public static ActionError Explain(ActionError error, JsonElement input, string idempotencyKey)
    {
        var retry = JsonNode.Parse(input.GetRawText()) as JsonObject ?? [];
        retry["idempotency_key"] = idempotencyKey;
        return error with
        {
            Message = $"{error.Message}. The incident may exist: an attempt reached incident.io and its answer never came back. "
                + $"It was sent with idempotency_key '{idempotencyKey}'.",
            Hint = $"Running create_incident again with idempotency_key '{idempotencyKey}' is safe: incident.io returns the incident it "
                + "created instead of opening a second one. A run without that key derives a new one and may open a duplicate.",
            Details = [.. error.Details, new ActionErrorDetail("/idempotency_key", $"sent as '{idempotencyKey}'; run again with it", "outcome_unknown")],
            SafeRetryInput = JsonSerializer.SerializeToElement(retry),
        };
    }
}
