using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncidentIo.Simulator.Tests.Support;

/// <summary>
/// A real webhook receiver on a free 127.0.0.1 port that records every POST and answers with the next status of a
/// script (204 when the script is empty); <see cref="Gate"/> can hold requests. Signatures are checked here with a
/// hand-written HMAC, not the library that made them.
/// </summary>
internal sealed class WebhookSink : IAsyncDisposable
{
    public const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _script;

    private WebhookSink(WebApplication app, ConcurrentQueue<int> script)
    {
        _app = app;
        _script = script;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri(address + "/hook");
    }

    public sealed record Received(string Id, string Timestamp, string Signature, string Body, int AnsweredWith)
    {
        public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

        public string EventType => (string)Json["event_type"]!;
    }

    public Uri Url { get; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>When set, each request waits for it before answering.</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>Starts a sink answering <paramref name="statuses"/> in order, then 204.</summary>
    public static async Task<WebhookSink> StartAsync(params int[] statuses)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var script = new ConcurrentQueue<int>(statuses);
        WebhookSink? sink = null;
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            if (sink!.Gate is { } gate)
            {
                await gate.Task;
            }

            var status = script.TryDequeue(out var next) ? next : 204;
            var headers = context.Request.Headers;
            sink.Requests.Enqueue(new Received(headers["webhook-id"].ToString(), headers["webhook-timestamp"].ToString(), headers["webhook-signature"].ToString(), body, status));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        sink = new WebhookSink(app, script);
        return sink;
    }

    /// <summary>Waits until <paramref name="count"/> requests arrived (or 30 s passed).</summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Requests.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return [.. Requests];
    }

    /// <summary>True when <paramref name="received"/> carries a v1 HMAC-SHA256 of id.timestamp.body under <see cref="Secret"/>.</summary>
    public static bool IsSignedWithSecret(Received received)
    {
        var key = Convert.FromBase64String(Secret["whsec_".Length..]);
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{received.Id}.{received.Timestamp}.{received.Body}")));
        return received.Signature.Split(' ').Contains(expected, StringComparer.Ordinal);
    }

    /// <summary>The delivery's timestamp, read from the webhook-timestamp header (Unix seconds).</summary>
    public static DateTimeOffset TimestampOf(Received received) =>
        DateTimeOffset.FromUnixTimeSeconds(long.Parse(received.Timestamp, CultureInfo.InvariantCulture));

    public async ValueTask DisposeAsync()
    {
        Gate?.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
