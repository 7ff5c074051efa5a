using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Abstractions;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Running;
using Workflow.Hosting.Text;
using Workflow.Hosting.Workflows;

namespace Workflow.Hosting.Triggers;

/// <summary>
/// A delivery body saved to a file (e.g. copied from incident.io's webhook log, or a spec example), matched against
/// one workflow the way <c>listen</c> matches a live one: the body must be incident.io's envelope (a JSON object with a
/// string <c>event_type</c>), the workflow's <c>trigger.on</c> must name a loaded trigger, and that trigger must
/// cover the event type. A file has no headers, so its webhook-id is <c>recorded-</c> + 16 hex digits of the SHA-256
/// of its bytes: the same file gives the same id.
/// </summary>
/// <param name="Route">The workflow and its trigger.</param>
/// <param name="Body">The envelope.</param>
/// <param name="EventType">Its <c>event_type</c>.</param>
/// <param name="WebhookId">The id derived from the file's bytes.</param>
internal sealed record RecordedDelivery(TriggerRoute Route, JsonObject Body, string EventType, string WebhookId)
{
    /// <summary>Reads <paramref name="file"/> and matches it against <paramref name="workflow"/>.</summary>
    /// <returns>The delivery, or null and one <paramref name="problem"/> (<c>invalid_json</c>, <c>invalid_workflow</c> or <c>trigger_mismatch</c>; the field as a JSON Pointer into the file or workflow).</returns>
    public static RecordedDelivery? Load(string file, WorkflowDefinition workflow, string workflowKey, PluginCatalog catalog, out ActionError? problem)
    {
        problem = null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = Problem(HostErrorCodes.InvalidJson, $"--trigger-file: cannot read '{file}': {ex.Message}", null);
            return null;
        }

        WebhookEnvelope? envelope = null;
        var text = StrictText.Decode(bytes, out var encoding);
        encoding = encoding is null ? null : "it " + encoding;
        if (encoding is null && !WebhookEnvelope.TryParse(text!, out envelope, out var jsonError) && jsonError is not null)
        {
            encoding = $"it is not JSON: {jsonError}";
        }

        if (envelope is null)
        {
            problem = Problem(HostErrorCodes.InvalidJson,
                $"--trigger-file: '{file}' is not a webhook delivery: {encoding ?? "expected incident.io's envelope, a JSON object with a string event_type and the payload under that name"}.",
                "/event_type");
            return null;
        }

        var eventType = envelope.EventType;
        var router = TriggerRouter.Build([(workflowKey, workflow)], catalog, out var problems);
        if (problems.Count > 0)
        {
            problem = Problem(HostErrorCodes.InvalidWorkflow, $"--trigger-file needs a workflow a trigger starts: {problems[0]}.", "/trigger/on");
            return null;
        }

        var route = router.Routes[0];
        if (route.Trigger.FindEvent(eventType) is null)
        {
            problem = Problem(
                HostErrorCodes.TriggerMismatch,
                $"The delivery in '{file}' is a '{eventType}' event, which does not start this workflow: its trigger.on '{route.Trigger.Id}' covers " +
                $"{string.Join(", ", route.Trigger.Manifest.Events.Select(e => e.Type))}.",
                "/event_type");
            return null;
        }

        var webhookId = "recorded-" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        return new RecordedDelivery(route, envelope.ToJsonObject(), eventType, webhookId);
    }

    private static ActionError Problem(string code, string message, string? pointer) => new()
    {
        Code = code,
        Message = message,
        Details = pointer is null ? [] : [new ActionErrorDetail(pointer, message)],
    };
}
