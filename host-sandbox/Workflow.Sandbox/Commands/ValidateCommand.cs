using System.Text.Json.Nodes;
using Spectre.Console;
using Spectre.Console.Cli;
using Workflow.Sandbox.Hosting;
using Workflow.Sandbox.Output;

namespace Workflow.Sandbox.Commands;

/// <summary><c>validate</c>: every manifest against its meta-schema, examples, references and parity; exit 1 on any problem.</summary>
internal sealed class ValidateCommand(IAnsiConsole console, HostEnvironment environment) : Command<ValidateCommand.Settings>
{
    public sealed class Settings : SandboxSettings;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Always the full check: validate is how a plugin author finds out, so it never trusts the check cache.
        using var session = SandboxSession.Open(environment, settings.PluginsDirectory, settings.Verbose, fullCheck: true);
        var catalog = session.Catalog;
        var ok = catalog.Problems.Count == 0;
        if (settings.Json)
        {
            JsonOutput.Write(console, session.Masker, new JsonObject
            {
                ["ok"] = ok,
                ["plugins"] = catalog.Plugins.Count,
                ["actions"] = catalog.Actions.Count(),
                ["triggers"] = catalog.Triggers.Count(),
                ["problems"] = ProblemPrinter.ToJson(catalog.Problems),
            });
        }
        else
        {
            ProblemPrinter.Print(console, catalog.Problems);
            var summary = $"{catalog.Plugins.Count} plugin(s), {catalog.Actions.Count()} action(s), {catalog.Triggers.Count()} trigger(s), {catalog.Problems.Count} problem(s) in {catalog.Directory}";
            console.MarkupLine(ok ? $"[green]✓ {Markup.Escape(summary)}[/]" : $"[red]{Markup.Escape(summary)}[/]");
        }

        return ok ? 0 : 1;
    }
}
