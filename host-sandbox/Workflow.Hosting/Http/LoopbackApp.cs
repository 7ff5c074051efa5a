using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Workflow.Hosting.Http;

/// <summary>
/// The host's own web apps on one 127.0.0.1 port: the serve page and <c>mcp --http</c> (built here, answering only
/// loopback host names so a web page cannot reach them by DNS rebinding) and the webhook receiver (built by itself:
/// deliveries arrive through a tunnel and carry the public host name).
/// </summary>
internal static class LoopbackApp
{
    /// <summary>A builder bound to 127.0.0.1:<paramref name="port"/> (0: a free port), without ASP.NET Core's own logging, answering only loopback host names.</summary>
    public static WebApplicationBuilder CreateBuilder(int port)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(LoopbackApp).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.Configure<HostFilteringOptions>(o => o.AllowedHosts = ["127.0.0.1", "localhost", "[::1]"]);
        return builder;
    }

    /// <summary>
    /// Starts <paramref name="app"/> and returns the port it listens on (the one it was given, or the free one
    /// Kestrel picked for port 0). On failure (e.g. <see cref="IOException"/>: the port is taken) the app is disposed
    /// and the exception rethrown.
    /// </summary>
    public static async Task<int> StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
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
        return new Uri(address).Port;
    }
}
