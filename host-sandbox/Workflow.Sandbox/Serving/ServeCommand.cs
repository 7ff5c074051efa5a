using System.ComponentModel;
using System.Text.Json.Nodes;
using Spectre.Console;
using Spectre.Console.Cli;
using Workflow.Sandbox.Commands;
using Workflow.Sandbox.Connections;
using Workflow.Sandbox.Hosting;
using Workflow.Sandbox.Output;
using Workflow.Sandbox.Running;
using Workflow.Sandbox.Simulation;

namespace Workflow.Sandbox.Serving;

/// <summary>
/// <c>serve</c>: the visual-builder preview. A local web app that renders every action's manifest as a form,
/// fills its dropdowns, and runs actions and workflows through the same pipeline as the other commands.
/// </summary>
internal sealed class ServeCommand(IAnsiConsole console, HostEnvironment environment) : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : ConnectionSettings
    {
        [CommandOption("--port <PORT>")]
        [Description("TCP port on 127.0.0.1; 0 picks a free one.")]
        [DefaultValue(8780)]
        public int Port { get; set; } = 8780;

        public override ValidationResult Validate() =>
            Port is < 0 or > 65535 ? ValidationResult.Error("--port must be 0-65535") : base.Validate();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var commandLine = CommandLineConnection.Read(settings.BaseUrl, settings.ApiKeyFile, out var error);
        if (commandLine is null)
        {
            return Error(error!, ExitCodes.InvalidInput);
        }

        var sandbox = settings.OpenSession(environment);
        var simulation = settings.Simulate ? await LocalSimulation.StartDefaultAsync(sandbox.LoggerFactory, cancellationToken) : null;
        await using var session = new BuilderSession(sandbox, commandLine, simulation, settings.Timeout);
        BuilderServer server;
        try
        {
            server = await BuilderServer.StartAsync(session, settings.Port, cancellationToken);
        }
        catch (IOException ex)
        {
            return Error($"Cannot listen on 127.0.0.1:{settings.Port}: {ex.Message}", ExitCodes.HostError);
        }

        await using (server)
        {
            Announce(server, session, settings.Json);
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
            console.MarkupLine("Stopped.");
        }

        return ExitCodes.Success;
    }

    private void Announce(BuilderServer server, BuilderSession session, bool json)
    {
        if (json)
        {
            JsonOutput.WriteLine(console, environment.Masker, new JsonObject { ["url"] = server.Url, ["simulate"] = session.Simulation is not null });
            return;
        }

        console.MarkupLine($"[bold]Visual-builder preview at {server.Url}[/] (Ctrl+C to stop)");
        console.MarkupLine(Markup.Escape(session.Simulation?.Description ?? "Connections: the page's values, then the command line, the environment and the manifest's defaults."));
        foreach (var problem in session.Sandbox.Catalog.Problems)
        {
            console.MarkupLine($"[yellow]! {Markup.Escape(environment.Masker.Mask(problem.ToString()))}[/]");
        }
    }

    private int Error(string message, int exitCode)
    {
        console.MarkupLine($"[red]✗ serve: {Markup.Escape(environment.Masker.Mask(message))}[/]");
        return exitCode;
    }
}
