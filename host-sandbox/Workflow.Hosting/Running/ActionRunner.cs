using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Workflow.Abstractions;
using Workflow.Hosting.Logging;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Text;
using Workflow.Hosting.Validation;

namespace Workflow.Hosting.Running;

/// <summary>
/// The run pipeline: validate the input against the manifest, build the context, execute with a
/// timeout, validate the output (every output, or as the <see cref="OutputValidationPolicy"/> decides). Never throws for
/// anything the plugin does; every way a run can end is a <see cref="RunOutcome"/>. Every context carries
/// <paramref name="services"/> (<see cref="HostServices.Default"/> when null): one instance for the runner's lifetime, so
/// plugins share their clients and rate limiters across executions.
/// </summary>
internal sealed class ActionRunner(
    ILoggerFactory loggerFactory, SecretMasker masker, TimeSpan timeout, OutputValidationPolicy? outputValidation = null, HostServices? services = null)
{
    private readonly HostServices _services = services ?? HostServices.Default;
    private readonly OutputValidationPolicy _outputValidation = outputValidation ?? OutputValidationPolicy.Full;
    private readonly ILogger _logger = loggerFactory.CreateLogger<ActionRunner>();

    public async Task<RunOutcome> RunAsync(LoadedAction action, JsonNode? input, ActionConnection connection, RunInfo run, CancellationToken cancellationToken)
    {
        var inputProblems = action.Definition.InputValidator.Validate(input);
        if (inputProblems.Count > 0)
        {
            LogRaw("input", action, action.Definition.InputValidator, input, inputProblems.Count);
            return RunOutcome.Failed(action.Id, RunStatus.InvalidInput, new ActionError
            {
                Code = ActionErrorCodes.ValidationFailed,
                Message = $"The input does not match the input schema of {action.Id} ({Counted.Of(inputProblems.Count, "problem")}).",
                Details = inputProblems,
            });
        }

        if (ToElement(input) is not { } element)
        {
            // Valid to the schema but not writable as JSON (an escaped lone surrogate in a free-text field).
            var unreadable = UnreadableValues.Find(input);
            return RunOutcome.Failed(action.Id, RunStatus.InvalidInput, new ActionError
            {
                Code = ActionErrorCodes.ValidationFailed,
                Message = $"The input of {action.Id} holds values that are not valid JSON text ({Counted.Of(unreadable.Count, "problem")}).",
                Details = unreadable,
            });
        }

        var context = new ActionContext(
            element, connection, run, new MaskingLogger(loggerFactory.CreateLogger(action.Id), masker)) { Services = _services };
        _logger.Running(action.Id, run.WorkflowRunId, run.StepId, run.Attempt);

        var result = await ExecuteAsync(action, context, cancellationToken);
        if (result.Output is not { } output || !_outputValidation.ShouldValidate(action.Id))
        {
            return result;
        }

        var outputProblems = action.Definition.OutputValidator.Validate(AsNode(output));
        if (outputProblems.Count == 0)
        {
            _outputValidation.Passed(action.Id);
            return result;
        }

        LogRaw("output", action, action.Definition.OutputValidator, AsNode(output), outputProblems.Count);
        if (!action.Definition.Manifest.Annotations.ReadOnly)
        {
            // The action changed something remotely (an incident was created): failing the step would report a write that
            // happened as lost, and a rerun would repeat it. The output stands; what does not match the schema is a warning.
            return result with { Warnings = [.. result.Warnings, .. outputProblems.Select(p => p with { Message = $"does not match the output schema: {p.Message}", Code = HostErrorCodes.PluginOutputInvalid })] };
        }

        return RunOutcome.Failed(action.Id, RunStatus.HostError, new ActionError
        {
            Code = HostErrorCodes.PluginOutputInvalid,
            Message = $"{action.Id} returned an output that does not match its manifest's output schema ({Counted.Of(outputProblems.Count, "problem")}). This is a bug in the plugin, not in your input.",
            Hint = "Report it to the plugin's author with the details below.",
            Details = outputProblems,
        });
    }

    // --verbose: every failed keyword, for whoever needs more than the chosen problems (a second evaluation, only then).
    private void LogRaw(string part, LoadedAction action, CompiledSchema schema, JsonNode? instance, int shown)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var raw = schema.ValidateAll(instance);
            _logger.RawSchemaProblems(part, action.Id, shown, raw.Count,
                string.Concat(raw.Select(p => $"{Environment.NewLine}  {Pointers.Display(p.Field)}: {p.Message} [{p.Code}]")));
        }
    }

    private async Task<RunOutcome> ExecuteAsync(LoadedAction action, ActionContext context, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            // WaitAsync also ends the wait for a plugin that ignores its token.
            var result = await action.CreateInstance().ExecuteAsync(context, deadline.Token).WaitAsync(deadline.Token);
            return result switch
            {
                null => PluginFailure(action, context.Run, "returned no result", null),
                { IsSuccess: true } => RunOutcome.Succeeded(action.Id, result.Output.Value, [.. result.Warnings.Select(masker.Mask)]),
                _ => RunOutcome.Failed(action.Id, RunStatus.ActionFailed, masker.Mask(result.Error)),
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return RunOutcome.Failed(action.Id, RunStatus.ActionFailed, ActionErrorCodes.Cancelled, $"{action.Id} was cancelled.");
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return RunOutcome.Failed(action.Id, RunStatus.ActionFailed, new ActionError
            {
                Code = ActionErrorCodes.Timeout,
                Message = $"{action.Id} did not finish within {timeout.TotalSeconds:0.###} s.",
                Hint = "Try again, or give it more time with --timeout.",
                Retryable = true,
            });
        }
#pragma warning disable CA1031 // A plugin may throw anything; the host must report it, never crash on it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return PluginFailure(action, context.Run, $"threw {ex.GetType().Name}: {ex.Message}", ex);
        }
    }

    private RunOutcome PluginFailure(LoadedAction action, RunInfo run, string what, Exception? exception)
    {
        _logger.PluginFailed(exception, action.Id, run.StepId);
        return RunOutcome.Failed(action.Id, RunStatus.HostError, new ActionError
        {
            Code = HostErrorCodes.PluginError,
            Message = masker.Mask($"Step '{run.StepId}': action {action.Id} {what}"),
            Hint = "This is a bug in the plugin. Run with --verbose to see the stack trace.",
        });
    }

    private static JsonElement? ToElement(JsonNode? input)
    {
        try
        {
            return JsonSerializer.SerializeToElement(input);
        }
        // Stryker disable once Block : equivalent; an emptied catch falls through to Stryker's "return default", which is this null
        catch (JsonException)
        {
            return null;
        }
    }

    // A view over the plugin's element, not a re-parse of its text: saves a serialise + parse per run.
    internal static JsonNode? AsNode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => JsonObject.Create(element),
        JsonValueKind.Array => JsonArray.Create(element),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => JsonValue.Create(element),
    };
}
