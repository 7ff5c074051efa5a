using System.ComponentModel;
using System.Text.Json.Nodes;
using Spectre.Console;
using Spectre.Console.Cli;
using Workflow.Sandbox.Hosting;
using Workflow.Sandbox.Mcp;
using Workflow.Sandbox.Output;
using Workflow.Sandbox.Running;

namespace Workflow.Sandbox.Commands;

/// <summary>
/// <c>mcp [--http PORT]</c>: serves every loaded action as a Model Context Protocol tool, on stdio (stdout carries
/// only the protocol; messages go to stderr) or over streamable HTTP on 127.0.0.1. The server lives in <c>Mcp/</c>.
/// </summary>
internal sealed class McpCommand(IAnsiConsole console, HostEnvironment environment) : AsyncCommand<McpCommand.Settings>
{
    public sealed class Settings : ConnectionSettings
    {
        [CommandOption("--http <PORT>")]
        [Description("Serve streamable HTTP on 127.0.0.1:PORT/mcp instead of stdio; 0 picks a free port.")]
        public int? HttpPort { get; set; }

        public override ValidationResult Validate() =>
            HttpPort is < 0 or > 65535 ? ValidationResult.Error("--http must be a port, 0-65535") : base.Validate();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var session = settings.OpenSession(environment);
        if (ActionToolset.Build(session.Catalog, out var problems) is not { } tools)
        {
            return Error(string.Join(Environment.NewLine, problems), ExitCodes.HostError);
        }

        await using var connections = await ConnectionScope.OpenAsync(session, settings, cancellationToken);
        if (connections.Error is { } error)
        {
            return Error(error, ExitCodes.InvalidInput);
        }

        await using var host = new AgentToolHost(session, connections, tools, settings.Timeout);
        foreach (var problem in session.Catalog.Problems)
        {
            Console.Error.WriteLine($"mcp: ! {problem}");
        }

        if (settings.HttpPort is not { } port)
        {
            await AgentToolServer.RunStdioAsync(host, cancellationToken);
            return ExitCodes.Success;
        }

        return await ServeHttpAsync(host, port, settings.Json, cancellationToken);
    }

    private async Task<int> ServeHttpAsync(AgentToolHost host, int port, bool json, CancellationToken cancellationToken)
    {
        AgentToolHttpServer server;
        try
        {
            server = await AgentToolHttpServer.StartAsync(host, port, cancellationToken);
        }
        catch (IOException ex)
        {
            return Error($"Cannot listen on 127.0.0.1:{port}: {ex.Message}", ExitCodes.HostError);
        }

        await using (server)
        {
            if (json)
            {
                JsonOutput.WriteLine(console, environment.Masker, new JsonObject { ["url"] = server.Url, ["tools"] = host.Tools.Tools.Count });
            }
            else
            {
                console.MarkupLine($"[bold]MCP server (streamable HTTP) at {server.Url}[/] with {host.Tools.Tools.Count} tools (Ctrl+C to stop)");
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: stop serving.
            }
        }

        return ExitCodes.Success;
    }

    // stderr, never stdout: on stdio, stdout is the protocol channel.
    private int Error(string message, int exitCode)
    {
        Console.Error.WriteLine($"mcp: {environment.Masker.Mask(message)}");
        return exitCode;
    }
}
