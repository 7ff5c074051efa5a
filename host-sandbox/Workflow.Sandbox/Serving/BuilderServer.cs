using Microsoft.AspNetCore.Builder;
using Workflow.Hosting.Http;
using Workflow.Hosting.Workflows;

namespace Workflow.Sandbox.Serving;

/// <summary>
/// The visual-builder preview: the page and its JSON API (<c>/api/…</c>) on 127.0.0.1. Only loopback host names are
/// answered (a DNS-rebinding page gets 400), and only JSON bodies are taken (see <see cref="RequestBody"/>).
/// </summary>
internal sealed class BuilderServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BuilderServer(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    /// <summary>http://127.0.0.1:PORT/ — the page.</summary>
    public string Url => $"http://127.0.0.1:{Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";

    /// <summary>Binds 127.0.0.1:<paramref name="port"/> (0: a free port) and starts serving <paramref name="session"/>.</summary>
    /// <exception cref="IOException">The port is in use.</exception>
    public static async Task<BuilderServer> StartAsync(BuilderSession session, int port, CancellationToken cancellationToken)
    {
        var builder = LoopbackApp.CreateBuilder(port);
        var app = builder.Build();
        app.UseHostFiltering();
        StaticAssets.Use(app);

        var api = app.MapGroup("/api");
        ActionEndpoints.Map(api, session);
        OptionsEndpoint.Map(api, session);
        WorkflowEndpoint.Map(api, session, WorkflowLoader.CreateDefault());
        ConnectionEndpoints.Map(api, session);
        TriggerEndpoints.Map(api, session);
        api.MapFallback(() => ApiResults.Problem(session.Sandbox.Masker, 404, "not_found", "No such API route. See host-sandbox/README.md, \"serve\"."));

        return new BuilderServer(app, await LoopbackApp.StartAsync(app, cancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
