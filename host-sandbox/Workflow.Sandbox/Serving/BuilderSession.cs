using Microsoft.Extensions.Logging;
using Workflow.Hosting.Connections;
using Workflow.Hosting.Sessions;
using Workflow.Sandbox.Simulation;

namespace Workflow.Sandbox.Serving;

/// <summary>
/// What the web app serves from for as long as it runs: the loaded plugins, the connection values (command line,
/// page), the in-process simulator when <c>--simulate</c> asked for one, and the timeout of each action.
/// </summary>
internal sealed class BuilderSession(
    SandboxSession sandbox, IReadOnlyDictionary<string, string> commandLine, LocalSimulation? simulation, TimeSpan timeout) : IAsyncDisposable
{
    public SandboxSession Sandbox { get; } = sandbox;

    public LocalSimulation? Simulation { get; } = simulation;

    public TimeSpan Timeout { get; } = timeout;

    public PageConnections Page { get; } = new(sandbox.Masker);

    /// <summary>
    /// Fresh connections for one request, so values saved on the page apply at once. Per field: the page, then the
    /// command line, then the simulator's values, then (in <see cref="ConnectionResolver"/>) the environment and the default.
    /// </summary>
    public ConnectionProvider Connections() => new(
        new Dictionary<string, string>(),
        pluginId => Merge(Simulation?.ConnectionValuesFor(pluginId), commandLine, Page.For(pluginId)),
        Sandbox.Environment.GetVariable,
        Sandbox.Masker,
        Sandbox.LoggerFactory.CreateLogger<ConnectionProvider>());

    public async ValueTask DisposeAsync()
    {
        if (Simulation is not null)
        {
            await Simulation.DisposeAsync();
        }

        Sandbox.Dispose();
    }

    private static Dictionary<string, string> Merge(params IReadOnlyDictionary<string, string>?[] layers)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in layers.OfType<IReadOnlyDictionary<string, string>>().SelectMany(l => l))
        {
            merged[name] = value; // later layers win
        }

        return merged;
    }
}
