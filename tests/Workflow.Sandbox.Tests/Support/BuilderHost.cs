using System.Text;
using System.Text.Json.Nodes;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Sessions;
using Workflow.Sandbox.Serving;
using Workflow.Sandbox.Simulation;

namespace Workflow.Sandbox.Tests.Support;

/// <summary>The serve command's web app in-process (real plugin and in-process simulator by default), with a client.</summary>
internal sealed class BuilderHost : IAsyncDisposable
{
    private BuilderHost(BuilderSession session, BuilderServer server)
    {
        Session = session;
        Server = server;
        Client = new HttpClient { BaseAddress = new Uri(server.Url) };
    }

    public BuilderSession Session { get; }

    public BuilderServer Server { get; }

    public HttpClient Client { get; }

    public SecretMasker Masker => Session.Sandbox.Masker;

    /// <summary>Serves <paramref name="pluginsDirectory"/> (default: the real incident.io plugin), like <c>serve --simulate --port 0</c>.</summary>
    public static async Task<BuilderHost> StartAsync(string? pluginsDirectory = null, bool simulate = true)
    {
        var environment = new HostEnvironment { Masker = new SecretMasker(), GetVariable = _ => null, DefaultPluginsDirectory = pluginsDirectory ?? TestPaths.RealPlugins, ManifestCheckCache = TestPaths.CheckCache };
        var sandbox = SandboxSession.Open(environment, null, verbose: false);
        var simulation = simulate ? await LocalSimulation.StartDefaultAsync(sandbox.LoggerFactory, CancellationToken.None) : null;
        var session = new BuilderSession(sandbox, new Dictionary<string, string>(), simulation, TimeSpan.FromSeconds(30));
        return new BuilderHost(session, await BuilderServer.StartAsync(session, 0, CancellationToken.None));
    }

    public async Task<(int Status, JsonNode Body)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    public Task<(int Status, JsonNode Body)> PostAsync(string path, string json) => SendAsync(HttpMethod.Post, path, json);

    public Task<(int Status, JsonNode Body)> PutAsync(string path, string json) => SendAsync(HttpMethod.Put, path, json);

    public async Task<(int Status, string Text)> SendRawAsync(HttpMethod method, string path, string body, string contentType)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        using var response = await Client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        await Session.DisposeAsync();
    }

    private async Task<(int Status, JsonNode Body)> SendAsync(HttpMethod method, string path, string json)
    {
        var (status, text) = await SendRawAsync(method, path, json, "application/json");
        return (status, JsonNode.Parse(text)!);
    }
}
