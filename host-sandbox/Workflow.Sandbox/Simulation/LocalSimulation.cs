using IncidentIo.Simulator;
using IncidentIo.Simulator.Faults;
using IncidentIo.Simulator.Webhooks;
using Microsoft.Extensions.Logging;
using Workflow.Hosting.Connections;

namespace Workflow.Sandbox.Simulation;

/// <summary>
/// The incident.io simulator running inside this process. The rest of the host knows no service; the simulator
/// is incident.io's stand-in, so everything it implies (which plugin it serves, which connection fields it
/// fills, which key it accepts) lives in this folder and nowhere else.
/// </summary>
internal sealed class LocalSimulation : IAsyncDisposable
{
    /// <summary>The plugin whose connection the simulator stands in for.</summary>
    public const string PluginId = "incidentio";

    /// <summary>The environment variable the incident.io plugin reads its key from (for the hints printed).</summary>
    public const string ApiKeyVariable = "INCIDENTIO_API_KEY";

    /// <summary>The incident.io connection's secret for alert events, filled with the simulated HTTP alert source's token.</summary>
    private const string AlertSourceTokenField = "alert_source_token";

    private static readonly Dictionary<string, string> NoValues = [];
    private readonly IncidentIoSimulator _simulator;
    private readonly Dictionary<string, string> _connectionValues;

    private LocalSimulation(IncidentIoSimulator simulator, string apiKey)
    {
        _simulator = simulator;
        ApiKey = apiKey;
        _connectionValues = new(StringComparer.Ordinal)
        {
            [CommandLineConnection.BaseUrlField] = simulator.BaseUrl,
            [CommandLineConnection.ApiKeyField] = apiKey,
        };
        if (simulator.AlertSourceToken is { } alertSourceToken)
        {
            _connectionValues[AlertSourceTokenField] = alertSourceToken;
        }
    }

    /// <summary>http://127.0.0.1:PORT.</summary>
    public string BaseUrl => _simulator.BaseUrl;

    /// <summary>The bearer key the simulator accepts.</summary>
    public string ApiKey { get; }

    /// <summary>The faults being injected.</summary>
    public FaultSpec Faults => _simulator.Faults;

    /// <summary>One line for the run header.</summary>
    public string Description => $"incident.io simulator at {BaseUrl} (in-process; its incidents are gone when the command ends)";

    /// <summary>Starts a simulator; port 0 picks a free one.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="InvalidDataException">The seed file is invalid.</exception>
    public static async Task<LocalSimulation> StartAsync(SimulatorOptions options, CancellationToken cancellationToken) =>
        new(await IncidentIoSimulator.StartAsync(options, cancellationToken), options.ApiKey);

    /// <summary>The in-process simulator <c>--simulate</c> starts: a free port, the default seed and key, no faults.</summary>
    public static Task<LocalSimulation> StartDefaultAsync(ILoggerFactory loggerFactory, CancellationToken cancellationToken) =>
        StartAsync(new SimulatorOptions { Port = 0, LoggerFactory = loggerFactory }, cancellationToken);

    /// <summary>The connection values <c>--simulate</c> supplies: base_url, api_key and alert_source_token for incident.io, nothing for other plugins.</summary>
    public IReadOnlyDictionary<string, string> ConnectionValuesFor(string pluginId) =>
        pluginId == PluginId ? _connectionValues : NoValues;

    /// <summary>
    /// Sends the simulator's webhooks (incidents, follow-ups, alerts, escalations) to <paramref name="url"/>, signed with <paramref name="secret"/>
    /// (what adding an endpoint under incident.io's Settings → Webhooks does).
    /// </summary>
    /// <exception cref="ArgumentException">The URL is not absolute http(s), or the secret is empty.</exception>
    public void SendWebhooksTo(Uri url, string secret) => _simulator.Webhooks.AddEndpoint(new WebhookEndpoint(url, secret));

    public ValueTask DisposeAsync() => _simulator.DisposeAsync();
}
