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

/// <summary><c>describe &lt;action-id&gt;</c>: what an action does, takes and returns, with its examples.</summary>
internal static class DescribeCommand
{
    public sealed class Settings : SandboxSettings
    {
        public string ActionId { get; set; } = "";
    }

    public static Command Create(CommandServices services)
    {
        var binder = new SettingsBinder<Settings>(new Command("describe", "Show an action's inputs, output fields and examples.\nExample: describe incidentio.list_severities"))
            .Argument("ACTION_ID", "The action to describe.", (s, v) => s.ActionId = v);
        SandboxSettings.Declare(binder);
        return binder.OnRun(services, Execute);
    }

    public static int Execute(CommandServices services, Settings settings)
    {
        using var session = settings.OpenSession(services.Environment);
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
        console.MarkupLine($"read-only: {E(a["readOnly"])} · destructive: {E(a["destructive"])} · idempotent: {E(a["idempotent"])}");

        var inputs = new Table().Title("Inputs").AddColumns("Name", "Type", "Required", "Default", "Label", "Group", "Widget", "Options from");
        foreach (var i in d["inputs"]!.AsArray())
        {
            inputs.AddRow(E(i!["name"]), E(i["type"]), E(i["required"]), E(i["default"]?.ToJsonString()), E(i["label"]), E(i["group"]), E(i["widget"]),
                E(ActionDescription.OptionsSource(i["dynamicOptions"])));
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

    private static string E(object? value) => Markup.Escape(value?.ToString() ?? "");
}
