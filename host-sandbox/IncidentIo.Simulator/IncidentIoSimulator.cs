using IncidentIo.Simulator.Faults;
using IncidentIo.Simulator.Ids;
using IncidentIo.Simulator.Seed;
using IncidentIo.Simulator.State;
using IncidentIo.Simulator.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IncidentIo.Simulator;

/// <summary>
/// A stateful incident.io look-alike served over real HTTP on 127.0.0.1: bearer auth, idempotent create, show,
/// edit, filtered cursor-paginated list, the v1 severity/status/type lists and identity, incident.io's error
/// format, rate-limit headers, and optional injected faults. Start it, point a client at <see cref="BaseUrl"/>.
/// </summary>
public sealed class IncidentIoSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IAsyncDisposable _resources;

    private IncidentIoSimulator(WebApplication app, IAsyncDisposable resources, SimulatorState state, WebhookOutbox webhooks, FaultSpec faults, int port)
    {
        _app = app;
        _resources = resources;
        State = state;
        Webhooks = webhooks;
        Faults = faults;
        Port = port;
    }

    /// <summary>The bound port.</summary>
    public int Port { get; }

    /// <summary>http://127.0.0.1:PORT (no trailing slash), the base URL a client uses instead of https://api.incident.io.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The stored incidents, for tests and drills.</summary>
    public SimulatorState State { get; }

    /// <summary>The faults being injected.</summary>
    public FaultSpec Faults { get; }

    /// <summary>
    /// The webhooks it sends (incident created / updated / status updated) once an endpoint is added, like
    /// incident.io's Settings → Webhooks: <c>simulator.Webhooks.AddEndpoint(new WebhookEndpoint(url, secret))</c>.
    /// </summary>
    public WebhookOutbox Webhooks { get; }

    /// <summary>The secret of the seed's first HTTP alert source (what alert events authenticate with), or null when the seed has none.</summary>
    public string? AlertSourceToken =>
        (string?)State.Catalog.AlertSources.FirstOrDefault(s => (string?)s["source_type"] == "http")?["secret_token"];

    /// <summary>The embedded default seed (simulator-seed.json), e.g. to write out as a starting point for a custom seed.</summary>
    public static string DefaultSeedJson() => SeedLoader.DefaultSeedText();

    /// <summary>Loads the seed, binds 127.0.0.1:<see cref="SimulatorOptions.Port"/> and starts serving.</summary>
    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    /// <exception cref="InvalidDataException">The seed file is invalid (every problem is listed).</exception>
    public static async Task<IncidentIoSimulator> StartAsync(SimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Invalid simulator options: {string.Join(" ", problems)}", nameof(options));
        }

        var state = new SimulatorState(SeedLoader.Load(options.SeedFile, options.Clock.GetUtcNow()));
        var webhooks = new WebhookOutbox(
            new UlidGenerator(options.Clock), options.LoggerFactory?.CreateLogger("IncidentIo.Simulator.Webhooks") ?? NullLogger.Instance);
        var (app, resources) = SimulatorApp.Build(options, state, webhooks);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            await resources.DisposeAsync();
            await webhooks.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new IncidentIoSimulator(app, resources, state, webhooks, options.Faults, new Uri(address).Port);
    }

    /// <summary>Stops the server and releases the port; deliveries still being retried are dropped.</summary>
    public async ValueTask DisposeAsync()
    {
        await Webhooks.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _resources.DisposeAsync();
    }
}
