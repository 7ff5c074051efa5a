using ModelContextProtocol.Protocol;
using Workflow.Hosting.Plugins;

namespace Workflow.Sandbox.Mcp;

/// <summary>One action served as an MCP tool.</summary>
/// <param name="Action">The loaded action the tool runs.</param>
/// <param name="Tool">What tools/list shows for it.</param>
/// <param name="WrapsOutput">True when the output schema's root is not an object, so the output is returned as <c>{"result": …}</c>.</param>
internal sealed record ActionTool(LoadedAction Action, Tool Tool, bool WrapsOutput)
{
    public string Name => Tool.Name;
}
