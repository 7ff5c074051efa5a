using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.AspNetCore;

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
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(AgentToolHttpServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.Configure<HostFilteringOptions>(o => o.AllowedHosts = ["127.0.0.1", "localhost", "[::1]"]);
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
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new AgentToolHttpServer(app, new Uri(address).Port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
