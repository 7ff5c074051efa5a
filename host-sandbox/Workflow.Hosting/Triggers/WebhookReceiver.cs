using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Workflow.Hosting.Http;

namespace Workflow.Hosting.Triggers;

/// <summary>
/// <c>POST /webhooks/incidentio</c> on 127.0.0.1: verify the signature (401 and no run when it fails), parse the body
/// (400 when it is not a JSON object with a string <c>event_type</c>), acknowledge an event type no workflow listens to
/// (200 <c>ignored</c>) or a webhook-id already accepted (200 <c>duplicate</c>), otherwise record and queue it and
/// answer 202 <c>accepted</c> once it is recorded (with <c>--state-dir</c>: committed); the runs happen in the background
/// (or, when the dispatcher holds runs, after a restart that does not).
/// A delivery that could not be recorded gets 503 <c>not_recorded</c>, so the sender retries it.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    /// <summary>The path deliveries are POSTed to.</summary>
    public const string Path = "/webhooks/incidentio";

    /// <summary>The connection field a plugin declares for its endpoint's signing secret (incident.io: Settings → Webhooks).</summary>
    public const string SigningSecretField = "webhook_signing_secret";

    /// <summary>Bodies above this are refused (413); incident.io's largest payloads are far smaller.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The URL to paste into incident.io (through a tunnel or proxy that reaches this host).</summary>
    public string Url => $"http://127.0.0.1:{Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}{Path}";

    /// <summary>Binds 127.0.0.1:<paramref name="port"/> (0: a free port) and starts receiving.</summary>
    /// <exception cref="IOException">The port is in use.</exception>
    public static async Task<WebhookReceiver> StartAsync(
        WebhookVerifier verifier, TriggerRouter router, IDeliveryStore store, DeliveryDispatcher dispatcher, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(WebhookReceiver).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
        });
        var app = builder.Build();
        app.MapPost(Path, context => ReceiveAsync(context, verifier, router, store, dispatcher));
        return new WebhookReceiver(app, await LoopbackApp.StartAsync(app, cancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task ReceiveAsync(HttpContext context, WebhookVerifier verifier, TriggerRouter router, IDeliveryStore store, DeliveryDispatcher dispatcher)
    {
        if (await ReadBodyAsync(context.Request) is not { } body)
        {
            await AnswerAsync(context, 413, "too_large", $"The body is larger than {MaxBodyBytes} bytes.");
            return;
        }

        // The verifier (StandardWebhooks) signs text; the parser and the store use the bytes as received.
        var payload = Encoding.UTF8.GetString(body);
        if (verifier.Problem(payload, context.Request.Headers) is { } problem)
        {
            await AnswerAsync(context, 401, "invalid_signature", problem);
            return;
        }

        if (!WebhookEnvelope.TryParse(body, out var envelope, out var jsonError))
        {
            await (jsonError is null
                ? AnswerAsync(context, 400, "invalid_delivery", "The body must be a JSON object with a string event_type (/event_type).")
                : AnswerAsync(context, 400, "invalid_json", $"The body is not JSON: {jsonError}"));
            return;
        }

        if (router.Match(envelope!.EventType).Count == 0)
        {
            await AnswerAsync(context, 200, "ignored", $"No workflow listens to '{envelope.EventType}'.");
            return;
        }

        var delivery = new AcceptedDelivery(context.Request.Headers["webhook-id"].ToString(), body) { Envelope = envelope };
        bool accepted;
        try
        {
            accepted = await store.TryAcceptAsync(delivery);
        }
        catch (SqliteException)
        {
            // Not recorded: a 5xx makes incident.io deliver it again later.
            await AnswerAsync(context, 503, "not_recorded", $"Delivery '{delivery.WebhookId}' could not be recorded; deliver it again.");
            return;
        }

        if (!accepted)
        {
            await AnswerAsync(context, 200, "duplicate", $"Delivery '{delivery.WebhookId}' was accepted before; not run again.");
            return;
        }

        // The trigger is built in the background, after this answer (or, held, after a restart without --hold-runs).
        dispatcher.Enqueue(delivery);
        await AnswerAsync(context, 202, "accepted", dispatcher.Holding
            ? $"Delivery '{delivery.WebhookId}' ({envelope.EventType}) accepted and recorded; its runs are held until listen runs without --hold-runs."
            : $"Delivery '{delivery.WebhookId}' ({envelope.EventType}) accepted.");
    }

    /// <summary>The whole body, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request)
    {
        try
        {
            if (request.ContentLength is { } length and <= MaxBodyBytes)
            {
                var exact = new byte[length];
                await request.Body.ReadExactlyAsync(exact, request.HttpContext.RequestAborted);
                return exact;
            }

            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
            return buffer.ToArray();
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    /// <summary>Writes <c>{"status": code, "message": message}</c> straight to the response.</summary>
    private static async Task AnswerAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        using (var json = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            json.WriteStartObject();
            json.WriteString("status"u8, code);
            json.WriteString("message"u8, message);
            json.WriteEndObject();
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
