namespace IncidentIo.Simulator.Webhooks;

/// <summary>
/// A webhook endpoint, as added in incident.io under Settings → Webhooks: where deliveries go, the signing secret
/// they are signed with, and how failed deliveries are retried. A class, not a record, so the secret never shows
/// up in ToString.
/// </summary>
public sealed class WebhookEndpoint
{
    private readonly int _maxRetries = 5;

    /// <param name="url">Absolute http(s) URL deliveries are POSTed to.</param>
    /// <param name="secret">The signing secret, <c>whsec_</c> followed by base64 (Standard Webhooks).</param>
    /// <exception cref="ArgumentException">The URL is not absolute http(s), or the secret is empty.</exception>
    public WebhookEndpoint(Uri url, string secret)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"The webhook URL must be an absolute http(s) URL, not '{url}'.", nameof(url));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        Url = url;
        Secret = secret.Trim();
    }

    /// <summary>Where deliveries are POSTed.</summary>
    public Uri Url { get; }

    /// <summary>The <c>whsec_…</c> signing secret.</summary>
    public string Secret { get; }

    /// <summary>Retries after the first attempt fails (non-2xx, no answer within <see cref="AttemptTimeout"/>, connection refused). Default 5.</summary>
    public int MaxRetries
    {
        get => _maxRetries;
        init => _maxRetries = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRetries), "MaxRetries must be 0 or more.");
    }

    /// <summary>Delay before the first retry; each next one doubles it, with jitter. Default 1 s (incident.io's sender waits minutes to hours; a simulator should not).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one attempt may take before it counts as failed. Default 15 s, what Svix allows an endpoint.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public override string ToString() => Url.ToString();
}
