using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;
using Workflow.Hosting.Output;
using Workflow.Hosting.Plugins;
using Workflow.Sandbox.Cli;
using Workflow.Sandbox.Rendering;

namespace Workflow.Sandbox.Commands;

/// <summary><c>list</c>: the loaded plugins, their actions and triggers, and the problems of broken plugins.</summary>
internal static class ListCommand
{
    public sealed class Settings : SandboxSettings;

    public static Command Create(CommandServices services)
    {
        var binder = new SettingsBinder<Settings>(new Command("list", "List the plugins, their actions and triggers, and the problems of broken plugins."));
        SandboxSettings.Declare(binder);
        return binder.OnRun(services, Execute);
    }

    public static int Execute(CommandServices services, Settings settings)
    {
        using var session = CommandSessions.Open(services.Environment, settings);
        var catalog = session.Catalog;
        if (settings.Json)
        {
            JsonOutput.Write(services.Terminal.Out, session.Masker, ToJson(catalog));
            return 0;
        }

        Render(services.Terminal, catalog);
        return 0;
    }

    // Apart from the JSON path so that list --json never loads Spectre.Console.
    private static void Render(Terminal terminal, PluginCatalog catalog)
    {
        var console = terminal.Console;
        foreach (var plugin in catalog.Plugins)
        {
            console.Write(ActionTable(plugin));
            if (plugin.Triggers.Count > 0)
            {
                console.Write(TriggerTable(plugin));
            }
        }

        if (catalog.Plugins.Count == 0)
        {
            console.MarkupLine($"No plugins loaded from {Markup.Escape(catalog.Directory)}.");
        }

        ProblemPrinter.Print(console, catalog.Problems);
    }

    private static Table ActionTable(LoadedPlugin plugin)
    {
        var manifest = plugin.Manifest;
        var table = new Table()
            .Title($"{Markup.Escape(manifest.DisplayName)} ({Markup.Escape(manifest.Id)} {Markup.Escape(manifest.Version)})")
            .AddColumns("Action", "Title", "Category", "Read-only", "Destructive", "Idempotent");
        foreach (var action in plugin.Actions.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var (readOnly, destructive, idempotent) = action.Manifest.Annotations;
            table.AddRow(Markup.Escape(action.Id), Markup.Escape(action.Manifest.Title), Markup.Escape(action.Manifest.Category),
                YesNo(readOnly), YesNo(destructive), YesNo(idempotent));
        }

        return table;
    }

    private static Table TriggerTable(LoadedPlugin plugin)
    {
        var table = new Table().Title($"{Markup.Escape(plugin.Manifest.DisplayName)} triggers").AddColumns("Trigger", "Title", "Kind", "Event types");
        foreach (var trigger in plugin.Triggers.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            var events = trigger.Manifest.Events.Count > 0
                ? string.Join("\n", trigger.Manifest.Events.Select(e => e.Type))
                : $"polls {trigger.Manifest.Poll!.Action}";
            table.AddRow(Markup.Escape(trigger.Id), Markup.Escape(trigger.Manifest.Title), trigger.Manifest.Kind, Markup.Escape(events));
        }

        return table;
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static JsonObject ToJson(PluginCatalog catalog) => new()
    {
        ["plugins"] = new JsonArray([.. catalog.Plugins.Select(p => new JsonObject
        {
            ["id"] = p.Manifest.Id,
            ["version"] = p.Manifest.Version,
            ["display_name"] = p.Manifest.DisplayName,
            ["directory"] = p.Directory,
            ["test_connection"] = p.Manifest.TestConnection,
            ["actions"] = new JsonArray([.. p.Actions.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => new JsonObject
            {
                ["id"] = a.Id,
                ["version"] = a.Manifest.Version,
                ["title"] = a.Manifest.Title,
                ["category"] = a.Manifest.Category,
                ["read_only"] = a.Manifest.Annotations.ReadOnly,
                ["destructive"] = a.Manifest.Annotations.Destructive,
                ["idempotent"] = a.Manifest.Annotations.Idempotent,
            })]),
            ["triggers"] = new JsonArray([.. p.Triggers.OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => new JsonObject
            {
                ["id"] = t.Id,
                ["version"] = t.Manifest.Version,
                ["title"] = t.Manifest.Title,
                ["category"] = t.Manifest.Category,
                ["kind"] = t.Manifest.Kind,
                ["events"] = new JsonArray([.. t.Manifest.Events.Select(e => JsonValue.Create(e.Type))]),
            })]),
        })]),
        ["problems"] = ProblemPrinter.ToJson(catalog.Problems),
    };
}
