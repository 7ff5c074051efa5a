using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Polly;
using Polly.Retry;

namespace Drills.Webhooks;

/// <summary>
/// Sends deliveries as incident.io's sender does: Standard Webhooks headers (HMAC-SHA256 of <c>id.timestamp.body</c>,
/// computed here, not by the library the receiver uses), signed again on every attempt, and retried (Polly) while the
/// receiver is down or answers 5xx. Records each delivery's final status and the time of its last, answered attempt.
/// </summary>
internal sealed class SignedSender(Uri url) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 64 }) { Timeout = TimeSpan.FromSeconds(30) };

    private readonly ResiliencePipeline<HttpResponseMessage> _retry = new ResiliencePipelineBuilder<HttpResponseMessage>()
        .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            ShouldHandle = new PredicateBuilder<HttpResponseMessage>().Handle<HttpRequestException>().Handle<TaskCanceledException>().HandleResult(r => (int)r.StatusCode >= 500),
            MaxRetryAttempts = 600,
            Delay = TimeSpan.FromMilliseconds(50),
            BackoffType = DelayBackoffType.Constant,
            OnRetry = args =>
            {
                args.Outcome.Result?.Dispose();
                return default;
            },
        })
        .Build();

    /// <summary>One delivery's outcome.</summary>
    /// <param name="Status">The final HTTP status.</param>
    /// <param name="Acknowledged">How long the answered attempt took.</param>
    /// <param name="Attempts">Attempts made (more than 1 while the receiver was down).</param>
    public sealed record Outcome(int Status, TimeSpan Acknowledged, int Attempts);

    public async Task<Outcome> SendAsync(string webhookId, string body, string secret)
    {
        var attempts = 0;
        var watch = new Stopwatch();
        using var response = await _retry.ExecuteAsync(
            async token =>
            {
                attempts++;
                watch.Restart();
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                request.Headers.Add("webhook-id", webhookId);
                request.Headers.Add("webhook-timestamp", timestamp);
                request.Headers.Add("webhook-signature", Signature(secret, webhookId, timestamp, body));
                return await _http.SendAsync(request, token);
            },
            CancellationToken.None);
        return new Outcome((int)response.StatusCode, watch.Elapsed, attempts);
    }

    /// <summary><c>v1,</c> + base64 HMAC-SHA256 of <c>id.timestamp.body</c> under the key after <c>whsec_</c>.</summary>
    public static string Signature(string secret, string webhookId, string timestamp, string body) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(secret["whsec_".Length..]), Encoding.UTF8.GetBytes($"{webhookId}.{timestamp}.{body}")));

    public void Dispose() => _http.Dispose();
}
