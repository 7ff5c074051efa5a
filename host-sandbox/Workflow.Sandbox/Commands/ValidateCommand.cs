using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;
using Workflow.Hosting.Output;
using Workflow.Hosting.Running;
using Workflow.Hosting.Sessions;
using Workflow.Hosting.Text;
using Workflow.Sandbox.Cli;
using Workflow.Sandbox.Rendering;

namespace Workflow.Sandbox.Commands;

/// <summary><c>validate</c>: every manifest against its meta-schema, examples, references and parity; exit 1 on any problem.</summary>
internal static class ValidateCommand
{
    public sealed class Settings : SandboxSettings;

    public static Command Create(CommandServices services)
    {
        var binder = new SettingsBinder<Settings>(new Command("validate", "Check every manifest and the manifest/implementation parity; exit 1 on any problem."));
        SandboxSettings.Declare(binder);
        return binder.OnRun(services, Execute);
    }

    public static int Execute(CommandServices services, Settings settings)
    {
        // Always the full check: validate is how a plugin author finds out, so it never trusts the check cache.
        using var session = SandboxSession.Open(services.Environment, settings.PluginsDirectory, settings.Verbose, fullCheck: true);
        var catalog = session.Catalog;
        var ok = catalog.Problems.Count == 0 && catalog.DirectoryProblem is null;
        if (settings.Json)
        {
            JsonOutput.Write(services.Terminal.Out, session.Masker, new JsonObject
            {
                ["ok"] = ok,
                ["plugins"] = catalog.Plugins.Count,
                ["actions"] = catalog.Actions.Count(),
                ["triggers"] = catalog.Triggers.Count(),
                ["problems"] = ProblemPrinter.ToJson(catalog.Problems),
                ["error"] = catalog.DirectoryProblem,
            });
        }
        else
        {
            var console = services.Terminal.Console;
            ProblemPrinter.Print(console, catalog.Problems);
            if (catalog.DirectoryProblem is { } directory)
            {
                console.MarkupLine($"[red]✗ {Markup.Escape(directory)}[/]");
            }

            var summary = $"{Counted.Of(catalog.Plugins.Count, "plugin")}, {Counted.Of(catalog.Actions.Count(), "action")}, {Counted.Of(catalog.Triggers.Count(), "trigger")}, {Counted.Of(catalog.Problems.Count, "problem")} in {catalog.Directory}";
            console.MarkupLine(ok ? $"[green]✓ {Markup.Escape(summary)}[/]" : $"[red]{Markup.Escape(summary)}[/]");
        }

        // Nothing to validate is the host's setup, not a plugin's problem: exit 3, like any host error.
        return catalog.DirectoryProblem is not null ? ExitCodes.HostError : ok ? 0 : 1;
    }
}
