using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;
using Workflow.Hosting.Describing;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Output;
using Workflow.Hosting.Running;
using Workflow.Sandbox.Cli;
using Workflow.Sandbox.Rendering;

namespace Workflow.Sandbox.Commands;

/// <summary><c>describe &lt;id&gt;</c>: what an action does, takes and returns, with its examples; or a trigger's events, fields and setup.</summary>
internal static class DescribeCommand
{
    public sealed class Settings : SandboxSettings
    {
        public string ActionId { get; set; } = "";
    }

    public static Command Create(CommandServices services)
    {
        var binder = new SettingsBinder<Settings>(new Command("describe", "Show an action's inputs, output fields and examples, or a trigger's events, fields and setup.\nExample: describe incidentio.list_severities"))
            .Argument("ACTION_ID", "The action (or trigger) to describe.", (s, v) => s.ActionId = v);
        SandboxSettings.Declare(binder);
        return binder.OnRun(services, Execute);
    }

    public static int Execute(CommandServices services, Settings settings)
    {
        using var session = CommandSessions.Open(services.Environment, settings);
        if (session.Catalog.FindTrigger(settings.ActionId) is { } trigger)
        {
            var triggerDescription = TriggerDescription.Build(trigger);
            if (settings.Json)
            {
                JsonOutput.Write(services.Terminal.Out, session.Masker, triggerDescription);
            }
            else
            {
                RenderTrigger(services.Terminal, triggerDescription, session.Masker);
            }

            return 0;
        }

        if (session.Catalog.FindAction(settings.ActionId) is not { } action)
        {
            var outcome = ActionAvailability.Unavailable(session.Catalog, settings.ActionId);
            OutcomePrinter.Print(services.Terminal, session.Masker, outcome, settings.Json);
            return outcome.ExitCode;
        }

        var description = ActionDescription.Build(action);
        if (settings.Json)
        {
            JsonOutput.Write(services.Terminal.Out, session.Masker, description);
            return 0;
        }

        Render(services.Terminal, description, session.Masker);
        return 0;
    }

    private static void Render(Terminal terminal, JsonObject d, SecretMasker masker)
    {
        var console = terminal.Console;
        console.MarkupLine($"[bold]{E(d["title"])}[/] ({E(d["id"])} {E(d["version"])}) · {E(d["category"])}");
        console.WriteLine(d["description"]!.GetValue<string>());
        var a = d["annotations"]!;
        console.MarkupLine($"read-only: {E(a["read_only"])} · destructive: {E(a["destructive"])} · idempotent: {E(a["idempotent"])}");

        var inputs = new Table().Title("Inputs").AddColumns("Name", "Type", "Required", "Default", "Label", "Group", "Widget", "Options from");
        foreach (var i in d["inputs"]!.AsArray())
        {
            inputs.AddRow(E(i!["name"]), E(i["type"]), E(i["required"]), E(i["default"]?.ToJsonString()), E(i["label"]), E(i["group"]), E(i["widget"]),
                E(ActionDescription.OptionsSource(i["dynamic_options"])));
        }

        var outputs = new Table().Title("Output fields").AddColumns("Name", "Type", "Required", "Description");
        foreach (var o in d["outputs"]!.AsArray())
        {
            outputs.AddRow(E(o!["name"]), E(o["type"]), E(o["required"]), E(o["description"]));
        }

        console.Write(inputs);
        console.Write(outputs);
        foreach (var example in d["examples"]!.AsArray())
        {
            console.MarkupLine($"[bold]Example:[/] {E(example!["title"])}");
            console.MarkupLine("input:");
            JsonOutput.Write(terminal.Out, masker, example["input"]);
            console.MarkupLine("output:");
            JsonOutput.Write(terminal.Out, masker, example["output"]);
        }
    }

    private static void RenderTrigger(Terminal terminal, JsonObject d, SecretMasker masker)
    {
        var console = terminal.Console;
        console.MarkupLine($"[bold]{E(d["title"])}[/] ({E(d["id"])} {E(d["version"])}) · {E(d["category"])} · {E(d["kind"])} trigger");
        console.WriteLine(d["description"]!.GetValue<string>());
        var events = new Table().Title("Event types").AddColumns("Event type", "Visibility", "Completed with");
        foreach (var e in d["events"]!.AsArray())
        {
            events.AddRow(E(e!["type"]), E(e["visibility"]), E(e["completed_by"]));
        }

        var fields = new Table().Title("trigger fields").AddColumns("Name", "Type", "Required", "Description");
        foreach (var f in d["fields"]!.AsArray())
        {
            fields.AddRow(E(f!["name"]), E(f["type"]), E(f["required"]), E(f["description"]));
        }

        console.Write(events);
        console.Write(fields);
        console.MarkupLine("[bold]Setup:[/]");
        console.WriteLine(d["setup"]!.GetValue<string>());
        if (d["examples"]!.AsArray().FirstOrDefault() is { } example)
        {
            console.MarkupLine($"[bold]Example trigger:[/] {E(example["title"])}");
            JsonOutput.Write(terminal.Out, masker, example["trigger"]);
        }
    }

    private static string E(object? value) => Markup.Escape(value?.ToString() ?? "");
}
