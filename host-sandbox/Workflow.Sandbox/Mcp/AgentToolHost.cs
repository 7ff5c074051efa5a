using Workflow.Hosting.Connections;
using Workflow.Hosting.Sessions;

namespace Workflow.Sandbox.Mcp;

/// <summary>
/// What the MCP server serves from for as long as it runs: the loaded plugins as tools, the connections (and the
/// in-process simulator with <c>--simulate</c>), each action's timeout, and the run id of each MCP session.
/// </summary>
internal sealed class AgentToolHost(SandboxSession sandbox, ConnectionScope connections, ActionToolset tools, TimeSpan timeout) : IAsyncDisposable
{
    public SandboxSession Sandbox { get; } = sandbox;

    public ConnectionScope Connections { get; } = connections;

    public ActionToolset Tools { get; } = tools;

    public TimeSpan Timeout { get; } = timeout;

    public SessionRunIds RunIds { get; } = new();

    public ValueTask DisposeAsync() => Connections.DisposeAsync();
}
