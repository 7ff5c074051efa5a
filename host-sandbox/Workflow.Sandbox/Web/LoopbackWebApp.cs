using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Workflow.Sandbox.Web;

/// <summary>
/// A web app of the host's own (<c>serve</c>, <c>mcp --http</c>) on 127.0.0.1: no ASP.NET Core logging of its own, and
/// only loopback host names answered, so a web page cannot reach it by DNS rebinding.
/// </summary>
internal static class LoopbackWebApp
{
    /// <summary>A builder bound to 127.0.0.1:<paramref name="port"/> (0: a free port).</summary>
    public static WebApplicationBuilder CreateBuilder(int port)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(LoopbackWebApp).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.Configure<HostFilteringOptions>(o => o.AllowedHosts = ["127.0.0.1", "localhost", "[::1]"]);
        return builder;
    }

    /// <summary>Starts <paramref name="app"/> (disposing it when that fails) and returns the port it listens on.</summary>
    /// <exception cref="IOException">The port is in use.</exception>
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
