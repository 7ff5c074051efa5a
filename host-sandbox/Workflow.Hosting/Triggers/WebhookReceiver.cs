using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Workflow.Hosting.Http;

namespace Workflow.Hosting.Triggers;

/// <summary>
/// <c>POST /webhooks/incidentio</c> on 127.0.0.1: verify the signature (401 and no run when it fails), parse the body
/// (400 when it is not a JSON object with a string <c>event_type</c>), acknowledge an event type no workflow listens to
/// (200 <c>ignored</c>) or a webhook-id already accepted (200 <c>duplicate</c>), otherwise record and queue it and
/// answer 202 <c>accepted</c> at once; the runs happen in the background.
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
        app.MapPost(Path, (Delegate)((HttpContext context) => ReceiveAsync(context, verifier, router, store, dispatcher)));
        return new WebhookReceiver(app, await LoopbackApp.StartAsync(app, cancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<IResult> ReceiveAsync(HttpContext context, WebhookVerifier verifier, TriggerRouter router, IDeliveryStore store, DeliveryDispatcher dispatcher)
    {
        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            body = buffer.ToArray();
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Answer(413, "too_large", $"The body is larger than {MaxBodyBytes} bytes.");
        }

        if (verifier.Problem(body, context.Request.Headers) is { } problem)
        {
            return Answer(401, "invalid_signature", problem);
        }

        JsonNode? document;
        try
        {
            document = JsonNode.Parse(body);
        }
        catch (JsonException ex)
        {
            return Answer(400, "invalid_json", $"The body is not JSON: {ex.Message}");
        }

        if (!DeliveryDispatcher.IsDelivery(document, out var eventType))
        {
            return Answer(400, "invalid_delivery", "The body must be a JSON object with a string event_type (/event_type).");
        }

        if (!router.Match(eventType).Any())
        {
            return Answer(200, "ignored", $"No workflow listens to '{eventType}'.");
        }

        var delivery = new AcceptedDelivery(context.Request.Headers["webhook-id"].ToString(), Encoding.UTF8.GetString(body));
        if (!store.TryAccept(delivery))
        {
            return Answer(200, "duplicate", $"Delivery '{delivery.WebhookId}' was accepted before; not run again.");
        }

        dispatcher.Enqueue(delivery);
        return Answer(202, "accepted", $"Delivery '{delivery.WebhookId}' ({eventType}) accepted.");
    }

    private static IResult Answer(int status, string code, string message) =>
        Results.Json(new JsonObject { ["status"] = code, ["message"] = message }, statusCode: status);
}
