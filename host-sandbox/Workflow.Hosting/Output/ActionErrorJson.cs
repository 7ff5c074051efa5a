using System.Text.Json.Nodes;
using Workflow.Abstractions;

namespace Workflow.Hosting.Output;

/// <summary>The --json shape of an <see cref="ActionError"/> (snake_case, every field present).</summary>
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
        ["attempts"] = error.Attempts,
        ["details"] = new JsonArray([.. error.Details.Select(d => new JsonObject
        {
            ["field"] = d.Field,
            ["message"] = d.Message,
            ["code"] = d.Code,
        })]),
    };
}
