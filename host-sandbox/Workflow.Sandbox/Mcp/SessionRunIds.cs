using System.Runtime.CompilerServices;
using ModelContextProtocol.Server;

namespace Workflow.Sandbox.Mcp;

/// <summary>
/// One workflow run id per MCP session (<c>mcp-</c> + 32 hex digits), made at the session's first tool call and kept
/// for as long as it lasts: on stdio the process, over HTTP each client session (the SDK gives each its own
/// <see cref="McpServer"/>). Idempotency keys derived from it repeat within a session and differ between sessions.
/// </summary>
internal sealed class SessionRunIds
{
    private readonly ConditionalWeakTable<McpServer, string> _runIds = [];

    public string For(McpServer session) => _runIds.GetValue(session, _ => $"mcp-{Guid.NewGuid():N}");
}
