using Workflow.Hosting.Connections;
using Workflow.Hosting.Running;
using Workflow.Hosting.Sessions;
using Workflow.Sandbox.Simulation;

namespace Workflow.Sandbox.Commands;

/// <summary>Opens what a command's settings ask for: the settings themselves stay plain data that load nothing.</summary>
internal static class CommandSessions
{
    /// <summary>Loads the plugins the settings name (--plugins, --verbose, --no-cache, and --output-validation where the command has it).</summary>
    public static SandboxSession Open(HostEnvironment environment, SandboxSettings settings) =>
        SandboxSession.Open(environment, settings.PluginsDirectory, settings.Verbose, fullCheck: settings.NoCache,
            outputValidation: settings is ConnectionSettings connection ? connection.OutputValidation : OutputValidationMode.Full);

    /// <summary>Opens the connections the settings ask for (and the simulator with --simulate), for one command.</summary>
    public static Task<ConnectionScope> OpenConnectionsAsync(SandboxSession session, ConnectionSettings settings, CancellationToken cancellationToken) =>
        OpenConnectionsAsync(session, settings, null, cancellationToken);

    /// <summary>As above; <paramref name="simulationStarted"/> is called with the in-process simulator when --simulate started one.</summary>
    public static Task<ConnectionScope> OpenConnectionsAsync(
        SandboxSession session, ConnectionSettings settings, Action<LocalSimulation>? simulationStarted, CancellationToken cancellationToken) =>
        CommandLineConnections.OpenAsync(session, settings.BaseUrl, settings.ApiKeyFile, settings.AlertSourceTokenFile, settings.Simulate, simulationStarted, cancellationToken);
}
