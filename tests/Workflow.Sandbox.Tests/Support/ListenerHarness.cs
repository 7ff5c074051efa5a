using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Hosting.Connections;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Plugins;
using Workflow.Sandbox.Simulation;
using Workflow.Hosting.Templating;
using Workflow.Hosting.Triggers;
using Workflow.Hosting.Validation;
using Workflow.Hosting.Workflows;

namespace Workflow.Sandbox.Tests.Support;

/// <summary>
/// A real webhook receiver on a free 127.0.0.1 port over the published incident.io plugin and an in-process simulator,
/// with the given workflows; deliveries are signed here with a hand-written HMAC (not the library under test).
/// </summary>
internal sealed class ListenerHarness : IAsyncDisposable
{
    /// <summary>A Standard Webhooks secret (the spec's own test-vector secret).</summary>
    public const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private static readonly Lazy<PluginCatalog> Catalog = new(() =>
        PluginCatalogLoader.Load(TestPaths.RealPlugins, ManifestMetaSchemas.Load(TestPaths.Schemas), NullLogger.Instance));

    private readonly LocalSimulation _simulation;
    private readonly DeliveryDispatcher _dispatcher;
    private readonly WebhookReceiver _receiver;

    private readonly ConnectionProvider _connections;

    private ListenerHarness(
        LocalSimulation simulation, ConnectionProvider connections, IDeliveryStore store, DeliveryDispatcher dispatcher, WebhookReceiver receiver, ConcurrentQueue<TriggeredRun> runs)
    {
        _simulation = simulation;
        _connections = connections;
        Store = store;
        _dispatcher = dispatcher;
        _receiver = receiver;
        Runs = runs;
    }

    public ConcurrentQueue<TriggeredRun> Runs { get; }

    public IDeliveryStore Store { get; }

    public string Url => _receiver.Url;

    public string SimulatorUrl => _simulation.BaseUrl;

    public string ApiKey => _simulation.ApiKey;

    public static HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Starts a receiver for <paramref name="workflows"/> (name → workflow JSON); <paramref name="hold"/>: runs held, as <c>listen --hold-runs</c>.</summary>
    public static async Task<ListenerHarness> StartAsync(IReadOnlyDictionary<string, string> workflows, IDeliveryStore? store = null, int concurrency = 4, bool hold = false)
    {
        var catalog = Catalog.Value;
        var loader = WorkflowLoader.FromSchemaFile(Path.Combine(TestPaths.Schemas, WorkflowLoader.SchemaFileName));
        var router = TriggerRouter.Build(workflows.Select(w => (w.Key, loader.Load(w.Value, w.Key))), catalog, out var problems);
        Assert.That(problems, Is.Empty);
        var simulation = await LocalSimulation.StartDefaultAsync(NullLoggerFactory.Instance, CancellationToken.None);
        var masker = new SecretMasker();
        var connections = new ConnectionProvider(
            new Dictionary<string, string>(), simulation.ConnectionValuesFor, _ => null, masker, NullLogger.Instance);
        var renderer = new TemplateRenderer(environment: _ => null);
        var timeout = TimeSpan.FromSeconds(30);
        var runner = new WorkflowRunner(catalog, connections, renderer, NullLoggerFactory.Instance, masker, timeout);
        var payloads = new TriggerPayloadBuilder(catalog, connections, renderer, NullLoggerFactory.Instance, masker, timeout);
        store ??= new InMemoryDeliveryStore();
        var runs = new ConcurrentQueue<TriggeredRun>();
        var dispatcher = new DeliveryDispatcher(router, store, payloads, runner, renderer, concurrency, runs.Enqueue, hold);
        var receiver = await WebhookReceiver.StartAsync(new WebhookVerifier(Secret), router, store, dispatcher, 0, CancellationToken.None);
        foreach (var pending in store.Pending())
        {
            dispatcher.Enqueue(pending);
        }

        return new ListenerHarness(simulation, connections, store, dispatcher, receiver, runs);
    }

    /// <summary>A poller for the polling trigger <paramref name="triggerId"/>, feeding this receiver's dispatcher; <paramref name="store"/> defaults to its store.</summary>
    public TriggerPoller Poller(string triggerId, IDeliveryStore? store = null) => new(
        Catalog.Value.FindTrigger(triggerId)!, Catalog.Value, _connections, new TemplateRenderer(environment: _ => null), NullLoggerFactory.Instance,
        new SecretMasker(), TimeSpan.FromSeconds(30), store ?? Store, _dispatcher);

    /// <summary>POSTs <paramref name="body"/> signed with <paramref name="secret"/> at <paramref name="timestamp"/> (now when null).</summary>
    public Task<HttpResponseMessage> PostAsync(string body, string webhookId, string secret = Secret, DateTimeOffset? timestamp = null) =>
        PostRawAsync(body, SignedHeaders(body, webhookId, secret, timestamp ?? DateTimeOffset.UtcNow));

    public async Task<HttpResponseMessage> PostRawAsync(string body, IEnumerable<KeyValuePair<string, string>> headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>The three Standard Webhooks headers for <paramref name="body"/>.</summary>
    public static Dictionary<string, string> SignedHeaders(string body, string webhookId, string secret, DateTimeOffset timestamp)
    {
        var seconds = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return new()
        {
            ["webhook-id"] = webhookId,
            ["webhook-timestamp"] = seconds,
            ["webhook-signature"] = Signature(secret, webhookId, seconds, body),
        };
    }

    /// <summary><c>v1,</c> + base64 HMAC-SHA256 of <c>id.timestamp.body</c> keyed with the base64 after <c>whsec_</c>.</summary>
    public static string Signature(string secret, string webhookId, string timestamp, string body)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{webhookId}.{timestamp}.{body}")));
    }

    /// <summary>Waits until <paramref name="count"/> runs were reported (or 30 s passed).</summary>
    public async Task<IReadOnlyList<TriggeredRun>> WaitForRunsAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Runs.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return [.. Runs];
    }

    public async ValueTask DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _dispatcher.DisposeAsync();
        Store.Dispose();
        await _simulation.DisposeAsync();
    }
}
