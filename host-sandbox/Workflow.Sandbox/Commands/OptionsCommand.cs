using System.ComponentModel;
using System.Text.Json.Nodes;
using Spectre.Console;
using Spectre.Console.Cli;
using Workflow.Abstractions;
using Workflow.Sandbox.Hosting;
using Workflow.Sandbox.InputOptions;
using Workflow.Sandbox.Output;
using Workflow.Sandbox.Plugins;
using Workflow.Sandbox.Running;
using Workflow.Sandbox.Templating;

namespace Workflow.Sandbox.Commands;

/// <summary>
/// <c>options &lt;action-id&gt; &lt;input&gt;</c>: an input's dropdown options as a builder gets them: from
/// <c>x-ui.dynamicOptions</c> (runs the read action) or from a static <c>enum</c> with <c>x-ui.enumLabels</c>.
/// </summary>
internal sealed class OptionsCommand(IAnsiConsole console, HostEnvironment environment) : AsyncCommand<OptionsCommand.Settings>
{
    public sealed class Settings : ConnectionSettings
    {
        [CommandArgument(0, "<ACTION_ID>")]
        [Description("The action whose form has the input, e.g. incidentio.create_incident.")]
        public string ActionId { get; set; } = "";

        [CommandArgument(1, "<INPUT_NAME>")]
        [Description("The input whose options to load, e.g. severity_id.")]
        public string InputName { get; set; } = "";

        [CommandOption("--input <INPUT>")]
        [Description("The form's current values, for options that depend on other inputs: a JSON file, - for stdin, or inline JSON.")]
        public string? Input { get; set; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var session = settings.OpenSession(environment);
        var (options, source, problem) = await ResolveAsync(session, settings, cancellationToken);
        if (problem is not null)
        {
            OutcomePrinter.Print(console, session.Masker, problem, settings.Json);
            return problem.ExitCode;
        }

        if (settings.Json)
        {
            JsonOutput.Write(console, session.Masker, new JsonArray([.. options!.Select(o => o.ToJson())]));
            return ExitCodes.Success;
        }

        console.MarkupLine($"[bold]{E(session, $"{settings.ActionId} · {settings.InputName}")}[/] ({E(session, source)})");
        var table = new Table().AddColumns("Value", "Label", "Description", "Group");
        foreach (var option in options!)
        {
            table.AddRow(E(session, OptionPicker.Text(option.Value) ?? "null"), E(session, option.Label), E(session, option.Description), E(session, option.Group));
        }

        console.Write(table);
        console.MarkupLine($"{options.Count} option(s)");
        return ExitCodes.Success;
    }

    private async Task<(IReadOnlyList<OptionItem>? Options, string? Source, RunOutcome? Problem)> ResolveAsync(
        SandboxSession session, Settings settings, CancellationToken cancellationToken)
    {
        if (session.Catalog.FindAction(settings.ActionId) is not { } action)
        {
            return (null, null, ActionAvailability.Unavailable(session.Catalog, settings.ActionId));
        }

        var properties = action.Manifest.Input["properties"] as JsonObject;
        if (properties?[settings.InputName] is not JsonObject property)
        {
            return Usage(action.Id, $"{action.Id} has no input '{settings.InputName}'. Its inputs: {string.Join(", ", properties?.Select(p => p.Key) ?? [])}.");
        }

        if (property["x-ui"]?["dynamicOptions"] is JsonObject dynamicOptions)
        {
            return await LoadAsync(session, settings, DynamicOptionsSpec.Parse(dynamicOptions), cancellationToken);
        }

        return EnumOptions.From(property) is { } fixedOptions
            ? (fixedOptions, "enum", null)
            : Usage(action.Id, $"The input '{settings.InputName}' of {action.Id} has neither x-ui.dynamicOptions nor an enum: a builder shows it as a free field.");
    }

    private async Task<(IReadOnlyList<OptionItem>?, string?, RunOutcome?)> LoadAsync(
        SandboxSession session, Settings settings, DynamicOptionsSpec spec, CancellationToken cancellationToken)
    {
        var form = InputReader.Read(settings.Input, environment.StandardInput, out var error);
        if (form is not JsonObject values)
        {
            return Usage(settings.ActionId, error ?? "--input must be a JSON object: the form's values by input name.", HostErrorCodes.InvalidJson);
        }

        var parameters = OptionParameters.Build(spec, values, out var missing);
        if (missing.Count > 0)
        {
            var example = string.Join(", ", missing.Select(m => $"\"{m}\": …"));
            return Usage(settings.ActionId, $"The options of '{settings.InputName}' depend on {string.Join(", ", missing)}, which --input does not give. Pass --input '{{{example}}}'.",
                HostErrorCodes.MissingDependency);
        }

        if (session.Catalog.FindAction(spec.Action) is not { } reader)
        {
            return (null, null, ActionAvailability.Unavailable(session.Catalog, spec.Action));
        }

        await using var scope = await ConnectionScope.OpenAsync(session, settings, cancellationToken);
        if (scope.Error is { } usage)
        {
            return Usage(settings.ActionId, usage);
        }

        var input = SchemaTypeCoercer.Coerce(parameters, reader.Manifest.Input);
        var outcome = await ActionExecution.RunAsync(session, scope.Connections, reader, input, RunInfo.AdHoc($"options.{settings.InputName}"), settings.Timeout, cancellationToken);
        if (outcome.Output is not { } output)
        {
            return (null, null, outcome);
        }

        var options = OptionPicker.Pick(JsonNode.Parse(output.GetRawText()), spec, out var pickError);
        return options is null
            ? (null, null, RunOutcome.Failed(settings.ActionId, RunStatus.HostError, HostErrorCodes.PluginOutputInvalid, $"The manifest of {settings.ActionId}: x-ui.dynamicOptions of '{settings.InputName}': {pickError}"))
            : (options, $"from {spec.Action}", null);
    }

    private static (IReadOnlyList<OptionItem>?, string?, RunOutcome?) Usage(string actionId, string message, string code = HostErrorCodes.Usage) =>
        (null, null, RunOutcome.Failed(actionId, RunStatus.InvalidInput, code, message));

    private static string E(SandboxSession session, string? text) => Markup.Escape(session.Masker.Mask(text));
}
