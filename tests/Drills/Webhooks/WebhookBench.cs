using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using IncidentIo.Simulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StandardWebhooks;

namespace Drills.Webhooks;

/// <summary>
/// B-listen (BENCHMARKS.md): acknowledgement latency and deliveries/s of a real <c>listen</c> process (signature,
/// JSON, SQLite <c>--state-dir</c>, background runs of a workflow whose <c>trigger.if</c> is false) against a bare
/// ASP.NET Core endpoint in this process that only checks the same HMAC with the same library and answers 202; listen
/// both in memory and with --state-dir. Same sender, same run; the ratio is listen's deliveries/s over the bare endpoint's.
/// </summary>
internal static class WebhookBench
{
    private const string Workflow = """
        { "name": "Bench", "trigger": { "on": "incidentio.incident_created", "if": "trigger.incident.name == \"never\"" },
          "steps": [ { "id": "list", "action": "incidentio.list_severities" } ] }
        """;

    public static async Task RunAsync(int count, int concurrency, TextWriter output)
    {
        output.WriteLine($"B-listen: {count} unique signed deliveries per receiver, {concurrency} at once (after {count / 10} warm-up deliveries each)");
        await using var bare = await StartBareAsync();
        var bareResult = await MeasureAsync(new Uri(bare.Urls.First() + "/webhooks/incidentio"), count, concurrency, "bare");

        await using var simulator = await IncidentIoSimulator.StartAsync(new SimulatorOptions());
        using var work = new TempFolder();
        var memoryResult = await MeasureListenAsync(work, simulator, count, concurrency, durable: false);
        var listenResult = await MeasureListenAsync(work, simulator, count, concurrency, durable: true);

        output.WriteLine(bareResult.Line("bare ASP.NET Core + StandardWebhooks"));
        output.WriteLine(memoryResult.Line("listen (in memory)"));
        output.WriteLine(listenResult.Line("listen --state-dir (SQLite)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio listen in memory / bare: {memoryResult.PerSecond / bareResult.PerSecond:0.00}x deliveries/s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  ratio listen / bare: {listenResult.PerSecond / bareResult.PerSecond:0.00}x deliveries/s (goal >= 0.8x); p50 {listenResult.P50 / bareResult.P50:0.00}x, p99 {listenResult.P99 / bareResult.P99:0.00}x the bare latency"));
    }

    private static async Task<Result> MeasureListenAsync(TempFolder work, IncidentIoSimulator simulator, int count, int concurrency, bool durable)
    {
        var port = WebhookDrill.FreePort();
        List<string> arguments = [work.Write("bench.json", Workflow), "--webhook-secret-file", work.Write("secret", WebhookDrill.Secret),
            "--port", port.ToString(CultureInfo.InvariantCulture), "--base-url", simulator.BaseUrl];
        if (durable)
        {
            arguments.AddRange(["--state-dir", work.Path("state")]);
        }

        using var listen = await ListenProcess.StartAsync(arguments, SimulatorOptions.DefaultApiKey, new ConcurrentQueue<JsonObject>());
        return await MeasureAsync(new Uri($"http://127.0.0.1:{port}/webhooks/incidentio"), count, concurrency, durable ? "durable" : "memory");
    }

    private sealed record Result(double PerSecond, double P50, double P99, int Failed)
    {
        public string Line(string name) => string.Create(CultureInfo.InvariantCulture, $"  {name,-38} {PerSecond,7:0} deliveries/s   ack p50 {P50,6:0.00} ms   p99 {P99,6:0.00} ms   non-2xx {Failed}");
    }

    private static async Task<Result> MeasureAsync(Uri url, int count, int concurrency, string prefix)
    {
        using var sender = new SignedSender(url);
        await SendAllAsync(sender, count / 10, concurrency, $"{prefix}_warm");
        var clock = Stopwatch.StartNew();
        var outcomes = await SendAllAsync(sender, count, concurrency, prefix);
        var elapsed = clock.Elapsed;
        var acks = outcomes.Select(o => o.Acknowledged.TotalMilliseconds).Order().ToList();
        return new Result(count / elapsed.TotalSeconds, WebhookDrill.Percentile(acks, 0.5), WebhookDrill.Percentile(acks, 0.99), outcomes.Count(o => o.Status / 100 != 2));
    }

    private static async Task<IReadOnlyCollection<SignedSender.Outcome>> SendAllAsync(SignedSender sender, int count, int concurrency, string prefix)
    {
        var outcomes = new ConcurrentBag<SignedSender.Outcome>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int at;
            while ((at = Interlocked.Increment(ref next)) < count)
            {
                var id = $"msg_{prefix}_{at:D6}";
                var body = new JsonObject
                {
                    ["event_type"] = "public_incident.incident_created_v2",
                    ["public_incident.incident_created_v2"] = new JsonObject { ["id"] = id, ["name"] = "bench", ["visibility"] = "public" },
                }.ToJsonString();
                outcomes.Add(await sender.SendAsync(id, body, WebhookDrill.Secret));
            }
        })));
        return outcomes;
    }

    // The baseline: read the body, verify with the same library, answer 202. No JSON, no storage, no runs.
    private static async Task<WebApplication> StartBareAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var webhook = new StandardWebhook(WebhookDrill.Secret);
        app.MapPost("/webhooks/incidentio", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            try
            {
                webhook.Verify(body, context.Request.Headers);
                return Results.StatusCode(202);
            }
            catch (StandardWebhooks.Diagnostics.WebhookVerificationException)
            {
                return Results.StatusCode(401);
            }
        });
        await app.StartAsync();
        return app;
    }
}
