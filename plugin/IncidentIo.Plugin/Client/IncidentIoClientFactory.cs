using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Client;

/// <summary>
/// Hands out <see cref="IncidentIoClient"/>s, one per (base URL, credential scheme, key), reused across calls and
/// actions so connections are pooled. Checks the connection first: no request is sent without a key.
/// </summary>
internal sealed class IncidentIoClientFactory : IDisposable
{
    private readonly ConcurrentDictionary<(string BaseUrl, string Scheme, string KeyHash), Lazy<IncidentIoClient>> _clients = new();

    // A host resolves a connection once and passes the same SecretValue to every call: hash each key once.
    private readonly ConditionalWeakTable<SecretValue, string> _keyHashes = new();

    public IncidentIoClientFactory(IncidentIoClientOptions options) => Options = options;

    // One factory (clients, default token buckets) per HostServices instance the host passes; collected with it.
    private static readonly ConditionalWeakTable<HostServices, IncidentIoClientFactory> PerHost = new();

    /// <summary>
    /// The factory the actions' public constructors use: the host's clock and rate limiters, default retries and
    /// timeouts, one client cache per <see cref="HostServices"/> instance (so a host passing the same instance to
    /// every execution shares connections and limiters across action instances).
    /// </summary>
    public static IncidentIoClientFactory For(HostServices services) => PerHost.GetValue(services, static s => new(new IncidentIoClientOptions
    {
        TimeProvider = s.TimeProvider,
        RateLimiters = s.RateLimiters,
    }));

    public IncidentIoClientOptions Options { get; }

    /// <summary>The client for this connection, or a <c>configuration</c> error (missing/blank key, bad base_url).</summary>
    public bool TryCreate(
        ActionConnection connection,
        [NotNullWhen(true)] out IncidentIoClient? client,
        [NotNullWhen(false)] out ActionError? error) =>
        TryCreate(connection, ApiCredential.ApiKey, out client, out error);

    /// <summary>The client authenticated with <paramref name="credential"/>, or a <c>configuration</c> error.</summary>
    public bool TryCreate(
        ActionConnection connection,
        ApiCredential credential,
        [NotNullWhen(true)] out IncidentIoClient? client,
        [NotNullWhen(false)] out ActionError? error)
    {
        if (!IncidentIoConnection.TryRead(connection, credential, out var settings, out error))
        {
            client = null;
            return false;
        }

        // The cache key holds a hash, not the key itself.
        var hash = _keyHashes.GetValue(settings.Credential, Hash);
        var cacheKey = (settings.BaseUrl.AbsoluteUri, settings.Scheme, hash);
        // Look up first: GetOrAdd's factory captures settings, a closure allocated on every call, hit or miss.
        if (!_clients.TryGetValue(cacheKey, out var cached))
        {
            cached = _clients.GetOrAdd(cacheKey, key => new Lazy<IncidentIoClient>(() => new IncidentIoClient(settings, key.KeyHash, Options)));
        }

        client = cached.Value;
        return true;
    }

    /// <summary>Gets the connection's client and sends; a bad connection comes back as a failed response without any request.</summary>
    public async Task<ApiResponse<T>> SendAsync<T>(ActionConnection connection, ApiRequest request, CancellationToken cancellationToken) =>
        TryCreate(connection, request.Operation.Credential, out var client, out var error)
            ? await client.SendAsync<T>(request, cancellationToken)
            : ApiResponse<T>.Failure(error);

    public void Dispose()
    {
        foreach (var client in _clients.Values.Where(c => c.IsValueCreated))
        {
            client.Value.Dispose();
        }

        _clients.Clear();
    }

    private static string Hash(SecretValue key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.Reveal())));
}
