using System.ComponentModel;
using System.Text.Json.Nodes;
using Spectre.Console;
using Spectre.Console.Cli;
using Workflow.Sandbox.Hosting;
using Workflow.Sandbox.InputOptions;
using Workflow.Sandbox.Output;
using Workflow.Sandbox.Running;

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
        var form = InputReader.Read(settings.Input, environment.StandardInput, out var error);
        error ??= form is JsonObject ? null : "--input must be a JSON object: the form's values by input name.";
        var request = new OptionsRequest(settings.ActionId, settings.InputName, form, error, settings.Timeout);
        var (options, source, problem) = await OptionsResolver.ResolveAsync(
            session, request, token => ConnectionScope.OpenAsync(session, settings, token), cancellationToken);
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

    private static string E(SandboxSession session, string? text) => Markup.Escape(session.Masker.Mask(text));
}
