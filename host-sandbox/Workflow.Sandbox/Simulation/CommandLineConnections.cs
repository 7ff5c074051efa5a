using Microsoft.Extensions.Logging;
using Workflow.Hosting.Connections;
using Workflow.Hosting.Sessions;

namespace Workflow.Sandbox.Simulation;

/// <summary>The connections the command-line options ask for: --base-url, --api-key-file, --alert-source-token-file, and --simulate's local simulator.</summary>
internal static class CommandLineConnections
{
    /// <summary>
    /// Opens the connections of one command: the command-line values over each plugin's environment and defaults, and
    /// with <paramref name="simulate"/> the in-process simulator, stopped when the scope is disposed.
    /// </summary>
    /// <param name="started">Called with the simulator once it runs (e.g. to point its webhooks somewhere); not called without <paramref name="simulate"/>.</param>
    /// <returns>A failed scope (a usage error) when the values are unusable, e.g. a missing key file.</returns>
    public static async Task<ConnectionScope> OpenAsync(
        SandboxSession session, string? baseUrl, string? apiKeyFile, string? alertSourceTokenFile, bool simulate, Action<LocalSimulation>? started, CancellationToken cancellationToken)
    {
        var values = CommandLineConnection.Read(baseUrl, apiKeyFile, out var error, alertSourceTokenFile);
        if (values is null)
        {
            return ConnectionScope.Failed(error!);
        }

        var simulation = simulate ? await LocalSimulation.StartDefaultAsync(session.LoggerFactory, cancellationToken) : null;
        if (simulation is not null)
        {
            started?.Invoke(simulation);
        }

        var connections = new ConnectionProvider(
            values,
            pluginId => simulation?.ConnectionValuesFor(pluginId) ?? new Dictionary<string, string>(),
            session.Environment.GetVariable,
            session.Masker,
            session.LoggerFactory.CreateLogger<ConnectionProvider>());
        return ConnectionScope.Owning(connections, simulation, simulation?.Description);
    }
}
