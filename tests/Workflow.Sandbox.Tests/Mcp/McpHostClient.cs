using System.Collections.Concurrent;
using ModelContextProtocol.Client;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Mcp;

/// <summary>The published host's <c>mcp</c> command as a child process, driven by the SDK's own client over stdio.</summary>
internal sealed class McpHostClient : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _standardError;

    private McpHostClient(McpClient client, ConcurrentQueue<string> standardError)
    {
        Client = client;
        _standardError = standardError;
    }

    public McpClient Client { get; }

    /// <summary>Every stderr line of the host so far (its logs and messages).</summary>
    public string StandardError => string.Join('\n', _standardError);

    /// <summary>Starts <c>dotnet Workflow.Sandbox.dll mcp args</c>, without the developer's keys unless <paramref name="environment"/> sets them.</summary>
    public static async Task<McpHostClient> StartAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var standardError = new ConcurrentQueue<string>();
        var variables = new Dictionary<string, string?>
        {
            ["INCIDENTIO_API_KEY"] = "", // empty counts as unset: no key from the developer's shell
            ["SAMPLE_API_KEY"] = "",
            ["XDG_CACHE_HOME"] = TestPaths.CacheHome,
        };
        foreach (var (name, value) in environment)
        {
            variables[name] = value;
        }

        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "workflow-sandbox",
            Command = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            Arguments = [TestPaths.HostDll, "mcp", .. args],
            EnvironmentVariables = variables,
            StandardErrorLines = standardError.Enqueue,
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        return new McpHostClient(await McpClient.CreateAsync(transport, cancellationToken: timeout.Token), standardError);
    }

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
