using Microsoft.Extensions.Logging;
using Workflow.Sandbox.Connections;
using Workflow.Sandbox.Hosting;
using Workflow.Sandbox.Simulation;

namespace Workflow.Sandbox.Commands;

/// <summary>The connections of one command, and the local simulator while it runs when --simulate asked for one.</summary>
internal sealed class ConnectionScope : IAsyncDisposable
{
    private ConnectionScope(ConnectionProvider? connections, LocalSimulation? simulation, string? error)
    {
        Connections = connections!;
        Simulation = simulation;
        Error = error;
    }

    /// <summary>Resolves each plugin's connection; not set when <see cref="Error"/> is.</summary>
    public ConnectionProvider Connections { get; }

    /// <summary>The in-process simulator, when --simulate was given.</summary>
    public LocalSimulation? Simulation { get; }

    /// <summary>Why the command-line connection values are unusable (e.g. a missing key file), or null.</summary>
    public string? Error { get; }

    /// <summary>A scope over connections someone else owns (e.g. the serve command's session); disposing it stops nothing.</summary>
    public static ConnectionScope Of(ConnectionProvider connections) => new(connections, null, null);

    public static async Task<ConnectionScope> OpenAsync(SandboxSession session, ConnectionSettings settings, CancellationToken cancellationToken)
    {
        var values = CommandLineConnection.Read(settings.BaseUrl, settings.ApiKeyFile, out var error);
        if (values is null)
        {
            return new ConnectionScope(null, null, error);
        }

        var simulation = settings.Simulate ? await LocalSimulation.StartDefaultAsync(session.LoggerFactory, cancellationToken) : null;
        var connections = new ConnectionProvider(
            values,
            pluginId => simulation?.ConnectionValuesFor(pluginId) ?? new Dictionary<string, string>(),
            session.Environment.GetVariable,
            session.Masker,
            session.LoggerFactory.CreateLogger<ConnectionProvider>());
        return new ConnectionScope(connections, simulation, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (Simulation is not null)
        {
            await Simulation.DisposeAsync();
        }
    }
}
