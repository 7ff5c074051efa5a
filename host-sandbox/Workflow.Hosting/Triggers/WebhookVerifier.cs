using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace Workflow.Hosting.Triggers;

/// <summary>
/// Checks a delivery's Standard Webhooks signature (<c>webhook-id</c>, <c>webhook-timestamp</c>, <c>webhook-signature</c>:
/// HMAC-SHA256 over <c>id.timestamp.body</c> with the endpoint's <c>whsec_</c> secret) with the reference library,
/// StandardWebhooks 1.1.2: a timestamp more than 5 minutes from this clock either way is refused, and a header with
/// several signatures (secret rotation) passes when any one matches. Thread-safe.
/// </summary>
/// <remarks>
/// StandardWebhooks 1.1.2 rejects a header whose matching signature is not the first one (<c>v1,&lt;old&gt; v1,&lt;new&gt;</c>
/// fails; WebhookVerifierTests.Library_MatchingSignatureSecond_RejectsIt proves it). So each entry is verified on its
/// own, still by the library (HMAC, timestamp window, constant-time compare), and one match suffices.
/// </remarks>
internal sealed class WebhookVerifier
{
    private const string IdHeader = "webhook-id";
    private const string TimestampHeader = "webhook-timestamp";
    private const string SignatureHeader = "webhook-signature";

    private readonly StandardWebhook _webhook;

    /// <param name="secret">The signing secret, <c>whsec_&lt;base64&gt;</c> (or the bare base64).</param>
    /// <exception cref="ArgumentException">No secret, or not one (fail closed: a receiver without a secret must not start).</exception>
    public WebhookVerifier(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new ArgumentException("No webhook signing secret is configured; deliveries cannot be verified.", nameof(secret));
        }

        try
        {
            _webhook = new StandardWebhook(secret.Trim());
        }
        catch (FormatException)
        {
            throw new ArgumentException("The webhook signing secret is not a Standard Webhooks secret (whsec_ followed by base64).", nameof(secret));
        }
    }

    /// <summary>Null when the signature is valid for this exact body; otherwise why not (never the secret).</summary>
    /// <param name="payload">The raw body decoded as UTF-8 (the library signs text; decoding valid UTF-8 and re-encoding it
    /// is lossless, and invalid UTF-8, which incident.io never sends, simply fails the comparison).</param>
    /// <param name="headers">The request headers.</param>
    public string? Problem(string payload, IHeaderDictionary headers)
    {
        try
        {
            var signatures = headers[SignatureHeader].ToString();
            if (!signatures.Trim().Contains(' ', StringComparison.Ordinal))
            {
                _webhook.Verify(payload, headers);
                return null;
            }

            var entries = signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string? last = null;
            foreach (var entry in entries)
            {
                var one = new HeaderDictionary
                {
                    [IdHeader] = headers[IdHeader],
                    [TimestampHeader] = headers[TimestampHeader],
                    [SignatureHeader] = entry,
                };
                try
                {
                    _webhook.Verify(payload, one);
                    return null;
                }
                catch (WebhookVerificationException ex)
                {
                    last = ex.Message;
                }
            }

            return last;
        }
        catch (WebhookVerificationException ex)
        {
            return ex.Message;
        }
        catch (FormatException)
        {
            return "The webhook-signature header is malformed.";
        }
    }

    /// <summary>A new random signing secret, <c>whsec_</c> + base64 of 24 bytes (the form Svix gives incident.io endpoints).</summary>
    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    /// <summary>The <c>webhook-signature</c> value for a delivery (the simulator's sender and tests use it).</summary>
    public string Sign(string webhookId, DateTimeOffset timestamp, string body) => _webhook.Sign(webhookId, timestamp, body);
}
