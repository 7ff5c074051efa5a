using System.Text.Json.Nodes;
using Json.Pointer;
using Microsoft.Extensions.Logging;
using Workflow.Abstractions;
using Workflow.Hosting.Connections;
using Workflow.Hosting.Manifests;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Running;
using Workflow.Hosting.Templating;

namespace Workflow.Hosting.Triggers;

/// <summary>
/// Turns a delivery into the object a workflow sees as <c>trigger</c>, as the trigger manifest declares: the payload at
/// the event's pointer (for a private event: the output of its completion action, run with the plugin's connection),
/// its <c>fields</c> read by JSON Pointer, plus <c>event_type</c>, <c>webhook_id</c> and <c>visibility</c>.
/// </summary>
internal sealed class TriggerPayloadBuilder(
    PluginCatalog catalog, ConnectionProvider connections, TemplateRenderer renderer, ILoggerFactory loggerFactory, SecretMasker masker, TimeSpan timeout)
{
    /// <summary>The <c>trigger</c> object, or the error that prevented it (the completion failed).</summary>
    public async Task<(JsonObject? Trigger, ActionError? Error)> BuildAsync(
        TriggerEvent triggerEvent, JsonObject body, string webhookId, string runId, CancellationToken cancellationToken)
    {
        var payload = Evaluate(body, triggerEvent.Payload);
        var source = payload;
        if (triggerEvent.Completion is { } completion)
        {
            var (output, error) = await CompleteAsync(completion, payload, runId, cancellationToken);
            if (error is not null)
            {
                return (null, error);
            }

            source = output;
        }

        var trigger = new JsonObject { ["event_type"] = triggerEvent.Type, ["webhook_id"] = webhookId };
        if (triggerEvent.Visibility is { } visibility)
        {
            trigger["visibility"] = visibility;
        }

        foreach (var (field, pointer) in triggerEvent.Fields)
        {
            if (Evaluate(source, pointer) is { } value)
            {
                trigger[field] = value.DeepClone();
            }
        }

        return (trigger, null);
    }

    private async Task<(JsonNode? Output, ActionError? Error)> CompleteAsync(TriggerCompletion completion, JsonNode? payload, string runId, CancellationToken cancellationToken)
    {
        if (catalog.FindAction(completion.Action) is not { } action)
        {
            return (null, ActionAvailability.Unavailable(catalog, completion.Action).Error);
        }

        JsonNode? input;
        try
        {
            input = SchemaTypeCoercer.Coerce(
                renderer.Render("trigger", completion.Input, TemplateScope.ForTrigger(payload, runId, DateTimeOffset.UtcNow), cancellationToken),
                action.Manifest.Input);
        }
        catch (TemplateRenderException ex)
        {
            return (null, new ActionError { Code = HostErrorCodes.TemplateError, Message = masker.Mask(ex.Message) });
        }

        var outcome = await new ActionRunner(loggerFactory, masker, timeout)
            .RunAsync(action, input, connections.For(action), new RunInfo(runId, "trigger", 1), cancellationToken);
        return outcome.Output is { } output ? (JsonNode.Parse(output.GetRawText()), null) : (null, outcome.Error);
    }

    private static JsonNode? Evaluate(JsonNode? document, string pointer) =>
        pointer.Length == 0 ? document : JsonPointer.Parse(pointer).TryEvaluate(document, out var result) ? result : null;
}
