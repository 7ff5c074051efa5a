using System.Text.Json.Nodes;
using Workflow.Abstractions;

namespace Workflow.Hosting.Output;

/// <summary>The --json shape of an <see cref="ActionError"/> (snake_case, every field present but a detail's <c>field</c>,
/// left out when the detail is about no one field).</summary>
internal static class ActionErrorJson
{
    public static JsonObject From(ActionError error) => new()
    {
        ["code"] = error.Code,
        ["message"] = error.Message,
        ["hint"] = error.Hint,
        ["retryable"] = error.Retryable,
        ["http_status"] = error.HttpStatus,
        ["request_id"] = error.RequestId,
        ["remote_type"] = error.RemoteType,
        ["attempts"] = error.HttpAttempts,
        ["details"] = Details(error.Details),
        ["outcome_unknown"] = error.OutcomeUnknown,
        ["safe_retry_input"] = error.SafeRetryInput is { } retry ? JsonNode.Parse(retry.GetRawText()) : null,
    };

    /// <summary>Details (or warnings) as a JSON array: <c>{"field"?, "message", "code"}</c> each.</summary>
    public static JsonArray Details(IEnumerable<ActionErrorDetail> details) => new([.. details.Select(d =>
    {
        var detail = new JsonObject();
        if (d.Field is not null)
        {
            detail["field"] = d.Field;
        }

        detail["message"] = d.Message;
        detail["code"] = d.Code;
        return detail;
    })]);
}
