using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Workflow.Hosting.Http;

/// <summary>Starting a built <see cref="WebApplication"/> that listens on one 127.0.0.1 port (the webhook receiver, the serve page).</summary>
public static class LoopbackApp
{
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
