using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;
using Workflow.Hosting.DropdownOptions;
using Workflow.Hosting.Output;
using Workflow.Hosting.Running;
using Workflow.Hosting.Sessions;
using Workflow.Sandbox.Cli;
using Workflow.Sandbox.Rendering;

namespace Workflow.Sandbox.Commands;

/// <summary>
/// <c>options &lt;action-id&gt; &lt;input&gt;</c>: an input's dropdown options as a builder gets them: from
/// <c>x-ui.dynamicOptions</c> (runs the read action) or from a static <c>enum</c> with <c>x-ui.enumLabels</c>.
/// </summary>
internal static class OptionsCommand
{
    public sealed class Settings : ConnectionSettings
    {
        public string ActionId { get; set; } = "";

        public string InputName { get; set; } = "";

        public string? Input { get; set; }
    }

    public static Command Create(CommandServices services)
    {
        var command = new Command(
            "options", "Resolve an input's dropdown options (dynamicOptions or enum) as a workflow builder would.\nExample: options incidentio.create_incident severity_id --simulate");
        var binder = new SettingsBinder<Settings>(command)
            .Argument("ACTION_ID", "The action whose form has the input, e.g. incidentio.create_incident.", (s, v) => s.ActionId = v)
            .Argument("INPUT_NAME", "The input whose options to load, e.g. severity_id.", (s, v) => s.InputName = v)
            .Option<string>(
                "--input", "INPUT", "The form's current values, for options that depend on other inputs: a JSON file, - for stdin, or inline JSON.", (s, v) => s.Input = v);
        ConnectionSettings.Declare(binder);
        return binder.OnRun(services, ExecuteAsync);
    }

    public static async Task<int> ExecuteAsync(CommandServices services, Settings settings, CancellationToken cancellationToken)
    {
        using var session = CommandSessions.Open(services.Environment, settings);
        var form = InputReader.Read(settings.Input, services.Environment.StandardInput, out var error);
        error ??= form is JsonObject ? null : "--input must be a JSON object: the form's values by input name.";
        var request = new OptionsRequest(settings.ActionId, settings.InputName, form, error, settings.Timeout);
        var (options, source, problem) = await OptionsResolver.ResolveAsync(
            session, request, token => CommandSessions.OpenConnectionsAsync(session, settings, token), cancellationToken);
        if (problem is not null)
        {
            OutcomePrinter.Print(services.Terminal, session.Masker, problem, settings.Json);
            return problem.ExitCode;
        }

        if (settings.Json)
        {
            JsonOutput.Write(services.Terminal.Out, session.Masker, new JsonArray([.. options!.Select(o => o.ToJson())]));
            return ExitCodes.Success;
        }

        Render(services.Terminal.Console, session, settings, options!, source!);
        return ExitCodes.Success;
    }

    private static void Render(IAnsiConsole console, SandboxSession session, Settings settings, IReadOnlyList<OptionItem> options, string source)
    {
        console.MarkupLine($"[bold]{E(session, $"{settings.ActionId} · {settings.InputName}")}[/] ({E(session, source)})");
        var table = new Table().AddColumns("Value", "Label", "Description", "Group");
        foreach (var option in options)
        {
            table.AddRow(E(session, OptionPicker.Text(option.Value) ?? "null"), E(session, option.Label), E(session, option.Description), E(session, option.Group));
        }

        console.Write(table);
        console.MarkupLine($"{options.Count} option(s)");
    }

    private static string E(SandboxSession session, string? text) => Markup.Escape(session.Masker.Mask(text));
}
