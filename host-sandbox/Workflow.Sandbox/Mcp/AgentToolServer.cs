using System.Reflection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Workflow.Sandbox.Mcp;

/// <summary>
/// The MCP server over an <see cref="AgentToolHost"/>: low-level handlers (the tools are generated from manifests at
/// run time, so there is no per-action code), shared by the stdio and the streamable HTTP transport.
/// </summary>
internal static class AgentToolServer
{
    public const string Name = "workflow-sandbox";

    private const string Instructions =
        "Each tool runs one action of the loaded workflow plugins (e.g. incident.io). Inputs are checked against the tool's inputSchema; " +
        "a failed call returns isError with structuredContent.error (code, message, hint, retryable, details with a JSON Pointer per problem). " +
        "An input whose values are ids (a severity, a status, a type) says in its description which tool lists the valid values; " +
        "the same lists are resources options://<action id>/<input>. Identical calls in one session get the same idempotency key: " +
        "repeating a create returns the incident it made instead of opening a second one.";

    /// <summary>The server's options: its identity, capabilities (tools, resources) and handlers.</summary>
    public static McpServerOptions Options(AgentToolHost host) => new()
    {
        ServerInfo = new Implementation
        {
            Name = Name,
            Title = "Workflow sandbox: plugin actions as tools",
            Version = typeof(AgentToolServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0",
        },
        ServerInstructions = Instructions,
        Capabilities = new ServerCapabilities { Tools = new ToolsCapability(), Resources = new ResourcesCapability() },
        Handlers = new McpServerHandlers
        {
            ListToolsHandler = (_, _) => ValueTask.FromResult(ToolCalls.List(host)),
            CallToolHandler = (request, cancellationToken) => ToolCalls.CallAsync(host, request.Server, request.Params!, cancellationToken),
            ListResourceTemplatesHandler = (_, _) => ValueTask.FromResult(OptionsResources.ListTemplates(host)),
            ListResourcesHandler = (_, _) => ValueTask.FromResult(OptionsResources.List(host)),
            ReadResourceHandler = (request, cancellationToken) => OptionsResources.ReadAsync(host, request.Params!, cancellationToken),
        },
    };

    /// <summary>Serves MCP on stdin/stdout until the client closes stdin or <paramref name="cancellationToken"/> fires.</summary>
    public static async Task RunStdioAsync(AgentToolHost host, CancellationToken cancellationToken)
    {
        var options = Options(host);
        var transport = new StdioServerTransport(options, host.Sandbox.LoggerFactory);
        await using (transport.ConfigureAwait(false))
        {
            var server = McpServer.Create(transport, options, host.Sandbox.LoggerFactory);
            await using (server.ConfigureAwait(false))
            {
                await server.RunAsync(cancellationToken);
            }
        }
    }
}
