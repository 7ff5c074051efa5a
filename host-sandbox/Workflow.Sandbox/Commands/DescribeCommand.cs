using System.ComponentModel;
using System.Text.Json.Nodes;
using Spectre.Console;
using Spectre.Console.Cli;
using Workflow.Sandbox.Describing;
using Workflow.Sandbox.Hosting;
using Workflow.Sandbox.Output;
using Workflow.Sandbox.Running;

namespace Workflow.Sandbox.Commands;

/// <summary><c>describe &lt;id&gt;</c>: what an action does, takes and returns, with its examples; or a trigger's events, fields and setup.</summary>
internal sealed class DescribeCommand(IAnsiConsole console, HostEnvironment environment) : Command<DescribeCommand.Settings>
{
    public sealed class Settings : SandboxSettings
    {
        [CommandArgument(0, "<ACTION_ID>")]
        [Description("The action (or trigger) to describe.")]
        public string ActionId { get; set; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var session = settings.OpenSession(environment);
        if (session.Catalog.FindTrigger(settings.ActionId) is { } trigger)
        {
            var triggerDescription = TriggerDescription.Build(trigger);
            if (settings.Json)
            {
                JsonOutput.Write(console, session.Masker, triggerDescription);
            }
            else
            {
                RenderTrigger(triggerDescription, session.Masker);
            }

            return 0;
        }

        if (session.Catalog.FindAction(settings.ActionId) is not { } action)
        {
            var outcome = ActionAvailability.Unavailable(session.Catalog, settings.ActionId);
            OutcomePrinter.Print(console, session.Masker, outcome, settings.Json);
            return outcome.ExitCode;
        }

        var description = ActionDescription.Build(action);
        if (settings.Json)
        {
            JsonOutput.Write(console, session.Masker, description);
            return 0;
        }

        Render(description, session.Masker);
        return 0;
    }

    private void Render(JsonObject d, SecretMasker masker)
    {
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
            JsonOutput.Write(console, masker, example["input"]);
            console.MarkupLine("output:");
            JsonOutput.Write(console, masker, example["output"]);
        }
    }

    private void RenderTrigger(JsonObject d, SecretMasker masker)
    {
        console.MarkupLine($"[bold]{E(d["title"])}[/] ({E(d["id"])} {E(d["version"])}) · {E(d["category"])} · {E(d["kind"])} trigger");
        console.WriteLine(d["description"]!.GetValue<string>());
        var events = new Table().Title("Event types").AddColumns("Event type", "Visibility", "Completed with");
        foreach (var e in d["events"]!.AsArray())
        {
            events.AddRow(E(e!["type"]), E(e["visibility"]), E(e["completedBy"]));
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
            JsonOutput.Write(console, masker, example["trigger"]);
        }
    }

    private static string E(object? value) => Markup.Escape(value?.ToString() ?? "");
}
