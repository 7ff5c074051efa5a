using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;
using Workflow.Hosting.Connections;
using Workflow.Hosting.Output;
using Workflow.Hosting.Running;
using Workflow.Hosting.Sessions;
using Workflow.Sandbox.Cli;
using Workflow.Sandbox.Rendering;
using Workflow.Sandbox.Serving;
using Workflow.Sandbox.Simulation;

namespace Workflow.Sandbox.Commands;

/// <summary>
/// <c>serve</c>: the visual-builder preview. A local web app that renders every action's manifest as a form,
/// fills its dropdowns, and runs actions and workflows through the same pipeline as the other commands.
/// </summary>
internal static class ServeCommand
{
    public sealed class Settings : ConnectionSettings
    {
        public int Port { get; set; } = 8780;

        public override string? Validate() => Port is < 0 or > 65535 ? "--port must be 0-65535" : base.Validate();
    }

    public static Command Create(CommandServices services)
    {
        var command = new Command("serve", "Serve the visual-builder preview (forms from the manifests) on 127.0.0.1 until Ctrl+C.\nExample: serve --simulate");
        var binder = new SettingsBinder<Settings>(command)
            .Option("--port", "PORT", "TCP port on 127.0.0.1; 0 picks a free one.", (s, v) => s.Port = v, 8780);
        ConnectionSettings.Declare(binder);
        return binder.OnRun(services, ExecuteAsync);
    }

    public static async Task<int> ExecuteAsync(CommandServices services, Settings settings, CancellationToken cancellationToken)
    {
        var environment = services.Environment;
        var terminal = services.Terminal;
        var commandLine = CommandLineConnection.Read(settings.BaseUrl, settings.ApiKeyFile, out var error, settings.AlertSourceTokenFile);
        if (commandLine is null)
        {
            return Error(terminal, environment, error!, ExitCodes.InvalidInput);
        }

        var sandbox = CommandSessions.Open(environment, settings);
        var simulation = settings.Simulate ? await LocalSimulation.StartDefaultAsync(sandbox.LoggerFactory, cancellationToken) : null;
        await using var session = new BuilderSession(sandbox, commandLine, simulation, settings.Timeout);
        BuilderServer server;
        try
        {
            server = await BuilderServer.StartAsync(session, settings.Port, cancellationToken);
        }
        catch (IOException ex)
        {
            return Error(terminal, environment, $"Cannot listen on 127.0.0.1:{settings.Port}: {ex.Message}", ExitCodes.HostError);
        }

        await using (server)
        {
            Announce(terminal, environment, server, session, settings.Json);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: stop serving.
            }
        }

        if (!settings.Json)
        {
            terminal.Console.MarkupLine("Stopped.");
        }

        return ExitCodes.Success;
    }

    private static void Announce(Terminal terminal, HostEnvironment environment, BuilderServer server, BuilderSession session, bool json)
    {
        if (json)
        {
            JsonOutput.WriteLine(terminal.Out, environment.Masker, new JsonObject { ["url"] = server.Url, ["simulate"] = session.Simulation is not null });
            return;
        }

        var console = terminal.Console;
        console.MarkupLine($"[bold]Visual-builder preview at {server.Url}[/] (Ctrl+C to stop)");
        console.MarkupLine(Markup.Escape(session.Simulation?.Description ?? "Connections: the page's values, then the command line, the environment and the manifest's defaults."));
        foreach (var problem in session.Sandbox.Catalog.Problems)
        {
            console.MarkupLine($"[yellow]! {Markup.Escape(environment.Masker.Mask(problem.ToString()))}[/]");
        }
    }

    private static int Error(Terminal terminal, HostEnvironment environment, string message, int exitCode)
    {
        terminal.Console.MarkupLine($"[red]✗ serve: {Markup.Escape(environment.Masker.Mask(message))}[/]");
        return exitCode;
    }
}
