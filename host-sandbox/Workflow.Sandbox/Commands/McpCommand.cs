using System.CommandLine;
using System.Text.Json.Nodes;
using Workflow.Hosting.Output;
using Workflow.Hosting.Running;
using Workflow.Sandbox.Cli;
using Workflow.Sandbox.Mcp;

namespace Workflow.Sandbox.Commands;

/// <summary>
/// <c>mcp [--http PORT]</c>: serves every loaded action as a Model Context Protocol tool, on stdio (stdout carries
/// only the protocol; messages go to stderr) or over streamable HTTP on 127.0.0.1. The server lives in <c>Mcp/</c>.
/// </summary>
internal static class McpCommand
{
    public sealed class Settings : ConnectionSettings
    {
        public int? HttpPort { get; set; }

        public override string? Validate() => HttpPort is < 0 or > 65535 ? "--http must be a port, 0-65535" : base.Validate();
    }

    public static Command Create(CommandServices services)
    {
        var command = new Command("mcp", "Serve every action as a Model Context Protocol tool, on stdio (or streamable HTTP with --http) until stdin closes or Ctrl+C.\nExample: mcp --simulate");
        var binder = new SettingsBinder<Settings>(command)
            .Option<int?>("--http", "PORT", "Serve streamable HTTP on 127.0.0.1:PORT/mcp instead of stdio; 0 picks a free port.", (s, v) => s.HttpPort = v);
        ConnectionSettings.Declare(binder);
        return binder.OnRun(services, ExecuteAsync);
    }

    public static async Task<int> ExecuteAsync(CommandServices services, Settings settings, CancellationToken cancellationToken)
    {
        using var session = CommandSessions.Open(services.Environment, settings);
        if (ActionToolset.Build(session.Catalog, out var problems) is not { } tools)
        {
            return Error(services, string.Join(Environment.NewLine, problems), ExitCodes.HostError);
        }

        await using var connections = await CommandSessions.OpenConnectionsAsync(session, settings, cancellationToken);
        if (connections.Error is { } error)
        {
            return Error(services, error, ExitCodes.InvalidInput);
        }

        await using var host = new AgentToolHost(session, connections, tools, settings.Timeout);
        foreach (var problem in session.Catalog.Problems)
        {
            await Console.Error.WriteLineAsync(services.Environment.Masker.Mask($"mcp: ! {problem}"));
        }

        if (settings.HttpPort is not { } port)
        {
            await AgentToolServer.RunStdioAsync(host, cancellationToken);
            return ExitCodes.Success;
        }

        return await ServeHttpAsync(services, host, port, settings.Json, cancellationToken);
    }

    private static async Task<int> ServeHttpAsync(CommandServices services, AgentToolHost host, int port, bool json, CancellationToken cancellationToken)
    {
        AgentToolHttpServer server;
        try
        {
            server = await AgentToolHttpServer.StartAsync(host, port, cancellationToken);
        }
        catch (IOException ex)
        {
            return Error(services, $"Cannot listen on 127.0.0.1:{port}: {ex.Message}", ExitCodes.HostError);
        }

        await using (server)
        {
            var output = services.Terminal.Out;
            if (json)
            {
                JsonOutput.WriteLine(output, services.Environment.Masker, new JsonObject { ["url"] = server.Url, ["tools"] = host.Tools.Tools.Count });
            }
            else
            {
                await output.WriteLineAsync($"MCP server (streamable HTTP) at {server.Url} with {host.Tools.Tools.Count} tools (Ctrl+C to stop)");
                await output.FlushAsync(cancellationToken);
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
    private static int Error(CommandServices services, string message, int exitCode)
    {
        Console.Error.WriteLine($"mcp: {services.Environment.Masker.Mask(message)}");
        return exitCode;
    }
}
