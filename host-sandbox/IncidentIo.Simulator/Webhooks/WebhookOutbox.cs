using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using IncidentIo.Simulator.Ids;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using StandardWebhooks;

namespace IncidentIo.Simulator.Webhooks;

/// <summary>
/// Sends the simulator's webhooks the way incident.io (through Svix) does: a POST of the event envelope to every
/// endpoint added, signed with the endpoint's secret by the StandardWebhooks library (<c>webhook-id</c>,
/// <c>webhook-timestamp</c>, <c>webhook-signature</c>), in the background so the API call that caused the event is
/// not delayed, and retried with exponential backoff (Polly) on a non-2xx answer, a timeout or a refused connection.
/// Every retry keeps the <c>webhook-id</c> and is signed again with the time of that attempt. Thread-safe.
/// </summary>
public sealed partial class WebhookOutbox : IAsyncDisposable
{
    private readonly ConcurrentDictionary<WebhookEndpoint, ResiliencePipeline<HttpResponseMessage>> _endpoints = new();
    private readonly ConcurrentQueue<WebhookDelivery> _deliveries = new();
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly HttpClient _http;
    private readonly UlidGenerator _ids;
    private readonly ILogger _logger;
    private int _disposed;

    internal WebhookOutbox(UlidGenerator ids, ILogger logger)
    {
        _ids = ids;
        _logger = logger;
        // No proxy: the simulator delivers on this machine (or wherever the URL says), like the API it stands in for.
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>Every finished delivery (delivered, or given up after the last retry), in the order they finished.</summary>
    public IReadOnlyList<WebhookDelivery> Deliveries => [.. _deliveries];

    /// <summary>Deliveries still being attempted or waiting for a retry.</summary>
    public int Pending => _inFlight.Count;

    /// <summary>Sends every later event to <paramref name="endpoint"/> too (incident.io: Settings → Webhooks → Add endpoint).</summary>
    public void AddEndpoint(WebhookEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _endpoints.TryAdd(endpoint, Pipeline(endpoint));
    }

    /// <summary>Waits until no delivery is in flight (or <paramref name="cancellationToken"/> fires).</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        while (!_inFlight.IsEmpty)
        {
            await Task.WhenAll(_inFlight.Keys).WaitAsync(cancellationToken);
        }
    }

    /// <summary>Stops retrying and waits for the deliveries in flight. A second call does nothing: a simulator may be
    /// disposed by each scope that holds it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        await Task.WhenAll(_inFlight.Keys);
        _http.Dispose();
        _stopping.Dispose();
    }

    /// <summary>Queues <paramref name="events"/> for every endpoint; returns at once.</summary>
    internal void Publish(IEnumerable<(string EventType, JsonObject Payload)> events)
    {
        if (_endpoints.IsEmpty || _stopping.IsCancellationRequested)
        {
            return;
        }

        foreach (var (eventType, payload) in events)
        {
            var body = new JsonObject { ["event_type"] = eventType, [eventType] = payload.DeepClone() }.ToJsonString();
            var message = new WebhookMessage("msg_" + _ids.Next(), eventType, body);
            foreach (var (endpoint, pipeline) in _endpoints)
            {
                Track(Task.Run(() => DeliverAsync(message, endpoint, pipeline)));
            }
        }
    }

    private void Track(Task task)
    {
        _inFlight.TryAdd(task, 0);
        task.ContinueWith(t => _inFlight.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task DeliverAsync(WebhookMessage message, WebhookEndpoint endpoint, ResiliencePipeline<HttpResponseMessage> pipeline)
    {
        var signer = new StandardWebhook(endpoint.Secret);
        var attempts = 0;
        int? status = null;
        var delivered = false;
        try
        {
            using var response = await pipeline.ExecuteAsync(
                async token =>
                {
                    Interlocked.Increment(ref attempts);
                    using var request = Signed(message, endpoint, signer);
                    return await _http.SendAsync(request, token);
                },
                _stopping.Token);
            status = (int)response.StatusCode;
            delivered = response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException)
        {
            // Retries exhausted without an answer; recorded below.
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The simulator stopped; what was not delivered is lost, as it would be in a stopped sender.
        }

        _deliveries.Enqueue(new WebhookDelivery(message, endpoint.Url, attempts, status, delivered));
        if (_logger.IsEnabled(LogLevel.Information))
        {
            var outcome = delivered ? "delivered" : status is { } code ? $"gave up ({code})" : "gave up (no answer)";
            LogDelivery(_logger, message.EventType, message.Id, endpoint.Url, outcome, attempts);
        }
    }

    // The URL and ids only: never a header, so the signature and secret stay out of logs.
    [LoggerMessage(Level = LogLevel.Information, Message = "webhook {EventType} {WebhookId} -> {Url}: {Outcome} after {Attempts} attempt(s)")]
    private static partial void LogDelivery(ILogger logger, string eventType, string webhookId, Uri url, string outcome, int attempts);

    private static HttpRequestMessage Signed(WebhookMessage message, WebhookEndpoint endpoint, StandardWebhook signer)
    {
        var now = DateTimeOffset.UtcNow;
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(message.Body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("webhook-id", message.Id);
        request.Headers.Add("webhook-timestamp", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", signer.Sign(message.Id, now, message.Body));
        return request;
    }

    private static ResiliencePipeline<HttpResponseMessage> Pipeline(WebhookEndpoint endpoint)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (endpoint.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(response => !response.IsSuccessStatusCode),
                MaxRetryAttempts = endpoint.MaxRetries,
                Delay = endpoint.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        // The timeout is inside the retry: it bounds each attempt, not the whole delivery.
        return builder.AddTimeout(endpoint.AttemptTimeout).Build();
    }
}
