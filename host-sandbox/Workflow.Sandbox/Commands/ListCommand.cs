using System.Text.Json.Nodes;
using Spectre.Console;
using Spectre.Console.Cli;
using Workflow.Sandbox.Hosting;
using Workflow.Sandbox.Output;
using Workflow.Sandbox.Plugins;

namespace Workflow.Sandbox.Commands;

/// <summary><c>list</c>: the loaded plugins, their actions and triggers, and the problems of broken plugins.</summary>
internal sealed class ListCommand(IAnsiConsole console, HostEnvironment environment) : Command<ListCommand.Settings>
{
    public sealed class Settings : SandboxSettings;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var session = settings.OpenSession(environment);
        var catalog = session.Catalog;
        if (settings.Json)
        {
            JsonOutput.Write(console, session.Masker, ToJson(catalog));
            return 0;
        }

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
        return 0;
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
            ["displayName"] = p.Manifest.DisplayName,
            ["directory"] = p.Directory,
            ["testConnection"] = p.Manifest.TestConnection,
            ["actions"] = new JsonArray([.. p.Actions.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => new JsonObject
            {
                ["id"] = a.Id,
                ["version"] = a.Manifest.Version,
                ["title"] = a.Manifest.Title,
                ["category"] = a.Manifest.Category,
                ["readOnly"] = a.Manifest.Annotations.ReadOnly,
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
