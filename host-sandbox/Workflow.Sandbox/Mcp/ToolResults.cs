using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using Workflow.Abstractions;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Output;
using Workflow.Hosting.Running;

namespace Workflow.Sandbox.Mcp;

/// <summary>
/// A run's outcome as a <c>tools/call</c> result, every secret masked. Success: the output as
/// <c>structuredContent</c> (wrapped as <c>{"result": …}</c> when the output schema's root is not an object) and the
/// same JSON as text. Failure of any kind (invalid input, an <see cref="ActionError"/>, a plugin bug): <c>isError</c>,
/// <c>structuredContent</c> <c>{"error": {code, message, hint, retryable, http_status, request_id, …, details}}</c> in
/// the shape of <c>run --json</c>, and a text rendering with one line per detail (its JSON Pointer and message).
/// </summary>
internal static class ToolResults
{
    public static CallToolResult From(RunOutcome outcome, ActionTool tool, SecretMasker masker)
    {
        if (outcome.Error is { } error)
        {
            var masked = masker.Mask(error);
            return new CallToolResult
            {
                IsError = true,
                StructuredContent = Masked(new JsonObject { ["error"] = ActionErrorJson.From(masked) }, masker),
                Content = [new TextContentBlock { Text = Render(masked) }],
            };
        }

        var output = ActionRunner.AsNode(outcome.Output!.Value)?.DeepClone();
        var structured = Masked(tool.WrapsOutput ? new JsonObject { [ToolSchemas.ResultProperty] = output } : output, masker);
        return new CallToolResult
        {
            StructuredContent = structured,
            Content = [new TextContentBlock { Text = structured.GetRawText() }],
        };
    }

    /// <summary>The error as an agent reads it: code and message, then each problem at its JSON Pointer, the hint, whether to retry.</summary>
    public static string Render(ActionError error)
    {
        var text = new StringBuilder($"{error.Code}: {error.Message}");
        foreach (var detail in error.Details)
        {
            // A detail without a field is about no one field: its message alone.
            var at = detail.Field is { } field ? (field.Length == 0 ? "(root): " : field + ": ") : "";
            text.Append(CultureInfo.InvariantCulture, $"\n- {at}{detail.Message}");
        }

        if (error.Hint is { } hint)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nHint: {hint}");
        }

        if (error.HttpStatus is { } status)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nHTTP status: {status}{(error.RequestId is { } id ? $", request_id: {id}" : "")}");
        }

        return text.Append(error.Retryable ? "\nRetryable: yes, the same call may succeed later." : "\nRetryable: no.").ToString();
    }

    // The whole JSON text through the masker, so a secret a plugin copied into any value is masked too.
    private static JsonElement Masked(JsonNode? node, SecretMasker masker) =>
        JsonDocument.Parse(masker.Mask(node?.ToJsonString(Compact) ?? "null")).RootElement.Clone();

    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
