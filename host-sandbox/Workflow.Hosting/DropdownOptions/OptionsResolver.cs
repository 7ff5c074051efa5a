using System.Text.Json.Nodes;
using Workflow.Abstractions;
using Workflow.Hosting.Connections;
using Workflow.Hosting.Running;
using Workflow.Hosting.Sessions;
using Workflow.Hosting.Templating;

namespace Workflow.Hosting.DropdownOptions;

/// <summary>
/// An input's dropdown options as a builder gets them: from <c>x-ui.dynamicOptions</c> (runs the read action with
/// the connection) or from a static <c>enum</c> with <c>x-ui.enumLabels</c>. Shared by <c>options</c> and <c>serve</c>.
/// </summary>
internal static class OptionsResolver
{
    /// <param name="session">The loaded plugins.</param>
    /// <param name="request">The input and the form's values.</param>
    /// <param name="openConnections">Opens the connections, only when a read action must run (so an enum starts no simulator).</param>
    /// <param name="cancellationToken">Cancels the read action.</param>
    public static async Task<OptionsResult> ResolveAsync(
        SandboxSession session, OptionsRequest request, Func<CancellationToken, Task<ConnectionScope>> openConnections, CancellationToken cancellationToken)
    {
        if (session.Catalog.FindAction(request.ActionId) is not { } action)
        {
            return OptionsResult.Failed(ActionAvailability.Unavailable(session.Catalog, request.ActionId));
        }

        var properties = action.Manifest.Input["properties"] as JsonObject;
        if (properties?[request.InputName] is not JsonObject property)
        {
            return OptionsResult.Usage(action.Id, $"{action.Id} has no input '{request.InputName}'. Its inputs: {string.Join(", ", properties?.Select(p => p.Key) ?? [])}.");
        }

        if (property["x-ui"]?["dynamicOptions"] is JsonObject dynamicOptions)
        {
            return await LoadAsync(session, request, DynamicOptionsSpec.Parse(dynamicOptions), openConnections, cancellationToken);
        }

        return EnumOptions.From(property) is { } fixedOptions
            ? OptionsResult.Found(fixedOptions, "enum")
            : OptionsResult.Usage(action.Id, $"The input '{request.InputName}' of {action.Id} has neither x-ui.dynamicOptions nor an enum: a builder shows it as a free field.");
    }

    private static async Task<OptionsResult> LoadAsync(
        SandboxSession session, OptionsRequest request, DynamicOptionsSpec spec, Func<CancellationToken, Task<ConnectionScope>> openConnections, CancellationToken cancellationToken)
    {
        if (request.FormError is not null || request.Form is not JsonObject values)
        {
            return OptionsResult.Usage(request.ActionId, request.FormError ?? "The form's values must be a JSON object: the values by input name.", HostErrorCodes.InvalidJson);
        }

        var parameters = OptionParameters.Build(spec, values, out var missing);
        if (missing.Count > 0)
        {
            var example = string.Join(", ", missing.Select(m => $"\"{m}\": …"));
            return OptionsResult.Usage(request.ActionId, $"The options of '{request.InputName}' depend on {string.Join(", ", missing)}, which the form's values do not give. Set them first: {{{example}}}.",
                HostErrorCodes.MissingDependency);
        }

        if (session.Catalog.FindAction(spec.Action) is not { } reader)
        {
            return OptionsResult.Failed(ActionAvailability.Unavailable(session.Catalog, spec.Action));
        }

        await using var scope = await openConnections(cancellationToken);
        if (scope.Error is { } usage)
        {
            return OptionsResult.Usage(request.ActionId, usage);
        }

        var input = SchemaTypeCoercer.Coerce(parameters, reader.Manifest.Input);
        var outcome = await ActionExecution.RunAsync(session, scope.Connections, reader, input, RunInfo.AdHoc($"options.{request.InputName}"), request.Timeout, cancellationToken);
        if (outcome.Output is not { } output)
        {
            return OptionsResult.Failed(outcome);
        }

        var options = OptionPicker.Pick(JsonNode.Parse(output.GetRawText()), spec, out var pickError);
        return options is null
            ? OptionsResult.Failed(RunOutcome.Failed(request.ActionId, RunStatus.HostError, HostErrorCodes.PluginOutputInvalid,
                $"The manifest of {request.ActionId}: x-ui.dynamicOptions of '{request.InputName}': {pickError}"))
            : OptionsResult.Found(options, $"from {spec.Action}");
    }
}
