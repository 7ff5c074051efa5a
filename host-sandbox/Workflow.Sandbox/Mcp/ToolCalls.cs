using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Workflow.Abstractions;
using Workflow.Hosting.Connections;
using Workflow.Hosting.Sessions;

namespace Workflow.Sandbox.Mcp;

/// <summary>
/// <c>tools/list</c> and <c>tools/call</c>. A call runs the same pipeline as <c>run</c> (input validated against the
/// manifest, the plugin executed with a timeout, its output validated) with the session's run id and a step id
/// derived from the tool and its arguments (<see cref="ToolStepIds"/>).
/// </summary>
internal static class ToolCalls
{
    public static ListToolsResult List(AgentToolHost host) => new() { Tools = [.. host.Tools.Tools.Select(t => t.Tool)] };

    /// <exception cref="McpProtocolException">No tool has the name (a protocol error, as MCP asks for unknown tools).</exception>
    public static async ValueTask<CallToolResult> CallAsync(AgentToolHost host, McpServer session, CallToolRequestParams call, CancellationToken cancellationToken)
    {
        if (host.Tools.Find(call.Name) is not { } tool)
        {
            throw new McpProtocolException($"Unknown tool '{call.Name}'. tools/list names the tools this server has.", McpErrorCode.InvalidParams);
        }

        JsonNode? input = call.Arguments is null ? new JsonObject() : JsonSerializer.SerializeToNode(call.Arguments);
        var run = new RunInfo(host.RunIds.For(session), ToolStepIds.For(tool.Action.Id, input), 1);
        var outcome = await ActionExecution.RunAsync(
            host.Sandbox, host.Connections.Connections, tool.Action, input, run, host.Timeout, cancellationToken);
        return ToolResults.From(outcome, tool, host.Sandbox.Masker);
    }
}
