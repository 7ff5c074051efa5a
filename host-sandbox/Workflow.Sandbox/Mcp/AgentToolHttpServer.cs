using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.AspNetCore;
using Workflow.Hosting.Http;

namespace Workflow.Sandbox.Mcp;

/// <summary>
/// The MCP server over streamable HTTP on 127.0.0.1 (<c>mcp --http PORT</c>), endpoint <c>/mcp</c>, through
/// ModelContextProtocol.AspNetCore. Only loopback host names are answered, so a web page cannot reach it by
/// DNS rebinding. A client that opens a session (the <c>initialize</c> handshake) gets a session and its own run id;
/// one on the sessionless 2026-07-28 revision is served per request (<see cref="SessionRunIds"/>).
/// </summary>
internal sealed class AgentToolHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AgentToolHttpServer(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    /// <summary>http://127.0.0.1:PORT/mcp — the URL a client connects to.</summary>
    public string Url => $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/mcp";

    /// <summary>Binds 127.0.0.1:<paramref name="port"/> (0: a free port) and starts serving <paramref name="host"/>.</summary>
    /// <exception cref="IOException">The port is in use.</exception>
    public static async Task<AgentToolHttpServer> StartAsync(AgentToolHost host, int port, CancellationToken cancellationToken)
    {
        var builder = LoopbackApp.CreateBuilder(port);
        var options = AgentToolServer.Options(host);
        builder.Services.AddMcpServer(o =>
        {
            o.ServerInfo = options.ServerInfo;
            o.ServerInstructions = options.ServerInstructions;
            o.Capabilities = options.Capabilities;
            o.Handlers = options.Handlers;
        }).WithHttpTransport(o => o.SessionMode = HttpServerSessionMode.StatefulForInitializeClients); // sessions (and so run ids per session) where the client's protocol has them
        var app = builder.Build();
        app.UseHostFiltering();
        app.MapMcp("/mcp");
        return new AgentToolHttpServer(app, await LoopbackApp.StartAsync(app, cancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
