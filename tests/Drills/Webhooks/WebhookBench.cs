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
/// B-listen (BENCHMARKS.md): acknowledgement latency and deliveries/s of real <c>listen</c> processes against a bare
/// ASP.NET Core endpoint in this process that only checks the same HMAC with the same library and answers 202. Every
/// receiver runs side by side and is warmed up first, a listen until its JIT tiering thread is idle (see WarmUpAsync); then each round sends <c>count</c> unique
/// deliveries, 32 at once, to each receiver in turn (the order rotating per round), and the ratio to the bare endpoint
/// is taken per round. Rows:
/// <list type="bullet">
/// <item><b>ack only</b>: listen (<c>--state-dir</c>) receives an event type no workflow listens to: verify, parse,
/// route, 200 <c>ignored</c>; nothing is stored and nothing runs.</item>
/// <item><b>with runs</b>, in memory and <c>--state-dir</c>: deliveries a workflow listens to (its <c>trigger.if</c> is
/// false, so no step calls out): recorded (committed with --state-dir) before the 202, then the trigger is built, the
/// condition evaluated and the run line printed in the background, on the same 2 cores as the acknowledgements. A round
/// ends when every run line is printed, so runs never spill into another receiver's round; "runs/s" is deliveries over
/// the time until the last run line.</item>
/// <item><b>durable ack (runs held)</b>: <c>listen --state-dir --hold-runs</c> receives deliveries a workflow listens to:
/// verify, parse, route, commit to <c>deliveries.db</c>, 202; the runs are held, so nothing else competes for the cores
/// during the burst. After the rounds, the <b>drain</b>: that listen is stopped and started again on the same state
/// directory without the flag, and the time from its ready line until every held delivery's run line gives runs/s.</item>
/// </list>
/// </summary>
internal static class WebhookBench
{
    private const string CreatedType = "public_incident.incident_created_v2";
    private const string IgnoredType = "public_incident.incident_updated_v2";

    private const string Workflow = """
        { "name": "Bench", "trigger": { "on": "incidentio.incident_created", "if": "trigger.incident.name == \"never\"" },
          "steps": [ { "id": "list", "action": "incidentio.list_severities" } ] }
        """;

    public static async Task RunAsync(int count, int concurrency, int rounds, TimeSpan warmUp, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"B-listen: {rounds} rounds x {count} unique signed deliveries per receiver, {concurrency} at once, after {warmUp.TotalSeconds:0} s of warm-up each; load average {LoadAverage()}"));
        await using var simulator = await IncidentIoSimulator.StartAsync(new SimulatorOptions());
        using var work = new TempFolder();
        await using var bare = await StartBareAsync();
        var durable = await StartListenAsync(work, simulator, "durable");
        using var durableProcess = durable.Process;
        var memory = await StartListenAsync(work, simulator, null);
        using var memoryProcess = memory.Process;
        var held = await StartListenAsync(work, simulator, "held", "--hold-runs");
        Receiver[] receivers =
        [
            new("bare ASP.NET Core + StandardWebhooks", new Uri(bare.Urls.First() + "/webhooks/incidentio"), CreatedType, null),
            new("listen, ack only (ignored event type)", durable.Url, IgnoredType, durable.Process) { RunsExpected = false },
            new("listen in memory, with runs", memory.Url, CreatedType, memory.Process),
            new("listen --state-dir, with runs", durable.Url, CreatedType, durable.Process),
            new("listen --state-dir, durable ack (runs held)", held.Url, CreatedType, held.Process) { RunsExpected = false },
        ];
        try
        {
            using (held.Process)
            {
                await MeasureAsync(receivers, count, concurrency, rounds, warmUp, output);
            }

            // Killed (SIGKILL): every 202 it gave was committed, so the next start finds each held delivery.
            await DrainAsync(work, simulator, receivers[^1].Accepted, output);
        }
        finally
        {
            foreach (var receiver in receivers)
            {
                receiver.Dispose();
            }
        }
    }

    /// <summary>Starts listen again on the held receiver's state directory, without <c>--hold-runs</c>, and times its runs of every held delivery.</summary>
    private static async Task DrainAsync(TempFolder work, IncidentIoSimulator simulator, int accepted, TextWriter output)
    {
        var started = Stopwatch.StartNew();
        var (_, drain) = await StartListenAsync(work, simulator, "held");
        using (drain)
        {
            var ready = started.Elapsed;
            var pending = (int)drain.Ready["pending"]!;
            var cpuBefore = drain.ProcessorTime;
            var clock = Stopwatch.StartNew();
            while (drain.RunLineCount < pending && clock.Elapsed < TimeSpan.FromMinutes(5))
            {
                await Task.Delay(1);
            }

            var ran = clock.Elapsed;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  drain: restarted without --hold-runs: ready after {ready.TotalSeconds:0.00} s with {pending} held (the held receiver acknowledged {accepted} with 202); " +
                $"{drain.RunLineCount} run lines in {ran.TotalSeconds:0.00} s = {drain.RunLineCount / ran.TotalSeconds:0} runs/s, listen CPU {(drain.ProcessorTime - cpuBefore).TotalMicroseconds / Math.Max(1, drain.RunLineCount):0} us/run"));
        }
    }

    private static async Task MeasureAsync(Receiver[] receivers, int count, int concurrency, int rounds, TimeSpan warmUp, TextWriter output)
    {
        foreach (var receiver in receivers)
        {
            await receiver.WarmUpAsync(concurrency, warmUp, output);
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < receivers.Length; i++)
            {
                await receivers[(i + round) % receivers.Length].MeasureAsync(count, concurrency, $"r{round}");
            }
        }

        var baseline = receivers[0];
        foreach (var receiver in receivers)
        {
            output.WriteLine(receiver.Line(baseline));
        }

        output.WriteLine($"  load average after: {LoadAverage()}");
    }

    private static async Task<(Uri Url, ListenProcess Process)> StartListenAsync(TempFolder work, IncidentIoSimulator simulator, string? stateDirectory, params string[] more)
    {
        var port = WebhookDrill.FreePort();
        List<string> arguments = [work.Write("bench.json", Workflow), "--webhook-secret-file", work.Write("secret", WebhookDrill.Secret),
            "--port", port.ToString(CultureInfo.InvariantCulture), "--base-url", simulator.BaseUrl];
        if (stateDirectory is not null)
        {
            arguments.AddRange(["--state-dir", work.Path(stateDirectory)]);
        }

        arguments.AddRange(more);

        var process = await ListenProcess.StartAsync(arguments, SimulatorOptions.DefaultApiKey, null);
        return (new Uri($"http://127.0.0.1:{port}/webhooks/incidentio"), process);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>One receiver: its sender, its event type, and what its rounds measured.</summary>
    private sealed class Receiver(string name, Uri url, string eventType, ListenProcess? process) : IDisposable
    {
        private readonly SignedSender _sender = new(url);
        private readonly List<double> _acksPerSecond = [];
        private readonly List<double> _runsPerSecond = [];
        private readonly List<double> _cpuPerDelivery = [];
        private readonly List<double> _tieringPerDelivery = [];
        private readonly List<double> _latencies = [];
        private int _failed;
        private int _sent;
        private int _accepted;

        public bool RunsExpected { get; init; } = process is not null;

        /// <summary>Deliveries answered 202 so far, warm-up included.</summary>
        public int Accepted => Volatile.Read(ref _accepted);

        /// <summary>
        /// Sends batches for at least <paramref name="duration"/>, then (a listen process) until its tiered compilation has
        /// settled: a second of deliveries in which the JIT's tiering thread used under 20 ms (2 % of a core), at most 60 s
        /// more. Rounds measured while the JIT still recompiles the path at higher tiers measure the start-up, not listen.
        /// </summary>
        public async Task WarmUpAsync(int concurrency, TimeSpan duration, TextWriter output)
        {
            var clock = Stopwatch.StartNew();
            var batch = 0;
            var settled = process is null;
            var checkpoint = (Time: TimeSpan.Zero, Tiering: process?.TieringCpu ?? TimeSpan.Zero);
            while (clock.Elapsed < duration || (!settled && clock.Elapsed < duration + TimeSpan.FromSeconds(60)))
            {
                await MeasureAsync(200, concurrency, $"warm{batch++}", record: false);
                if (!settled && clock.Elapsed - checkpoint.Time >= TimeSpan.FromSeconds(1))
                {
                    var tiering = process!.TieringCpu;
                    settled = clock.Elapsed >= duration && tiering - checkpoint.Tiering < TimeSpan.FromMilliseconds(20);
                    checkpoint = (clock.Elapsed, tiering);
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  warm-up {name}: {clock.Elapsed.TotalSeconds:0.0} s{(process is null ? "" : $", JIT tiering thread {process.TieringCpu.TotalMilliseconds:0} ms of CPU so far{(settled ? "" : ", NOT settled")}")}"));
        }

        public async Task MeasureAsync(int count, int concurrency, string prefix, bool record = true)
        {
            var runsBefore = process?.RunLineCount ?? 0;
            var cpuBefore = process?.ProcessorTime ?? TimeSpan.Zero;
            var tieringBefore = record ? process?.TieringCpu ?? TimeSpan.Zero : TimeSpan.Zero;
            var clock = Stopwatch.StartNew();
            var outcomes = await SendAllAsync(count, concurrency, prefix);
            var acked = clock.Elapsed;
            Interlocked.Add(ref _accepted, outcomes.Count(o => o.Status == 202));
            if (RunsExpected)
            {
                var deadline = Stopwatch.StartNew();
                while (process!.RunLineCount - runsBefore < count && deadline.Elapsed < TimeSpan.FromMinutes(1))
                {
                    await Task.Delay(1);
                }
            }

            var ran = clock.Elapsed;
            if (!record)
            {
                return;
            }

            _acksPerSecond.Add(count / acked.TotalSeconds);
            _runsPerSecond.Add(count / ran.TotalSeconds);
            if (process is not null)
            {
                _cpuPerDelivery.Add((process.ProcessorTime - cpuBefore).TotalMicroseconds / count);
                _tieringPerDelivery.Add((process.TieringCpu - tieringBefore).TotalMicroseconds / count);
            }

            _latencies.AddRange(outcomes.Select(o => o.Acknowledged.TotalMilliseconds));
            _failed += outcomes.Count(o => o.Status / 100 != 2);
            _sent += count;
        }

        public string Line(Receiver baseline)
        {
            var latencies = _latencies.Order().ToList();
            var ratios = _acksPerSecond.Zip(baseline._acksPerSecond, (mine, bare) => mine / bare).Order().ToList();
            var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-40} {Median(_acksPerSecond),7:0} acks/s   ack p50 {WebhookDrill.Percentile(latencies, 0.5),6:0.00} ms   p99 {WebhookDrill.Percentile(latencies, 0.99),6:0.00} ms   non-2xx {_failed}/{_sent}"));
            if (process is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"   listen CPU {Median(_cpuPerDelivery),5:0} us/delivery (JIT tiering {Median(_tieringPerDelivery):0})");
            }

            if (RunsExpected)
            {
                text.Append(CultureInfo.InvariantCulture, $"   runs done {Median(_runsPerSecond),6:0}/s");
            }

            if (!ReferenceEquals(this, baseline))
            {
                var baseLatencies = baseline._latencies.Order().ToList();
                text.Append(CultureInfo.InvariantCulture,
                    $"\n      ratio to bare: acks/s {Median(ratios):0.00}x ({ratios[0]:0.00}-{ratios[^1]:0.00} over {ratios.Count} rounds; goal >= 0.8x), " +
                    $"p50 {WebhookDrill.Percentile(latencies, 0.5) / WebhookDrill.Percentile(baseLatencies, 0.5):0.00}x, p99 {WebhookDrill.Percentile(latencies, 0.99) / WebhookDrill.Percentile(baseLatencies, 0.99):0.00}x the bare latency");
            }

            return text.ToString();
        }

        public void Dispose() => _sender.Dispose();

        private static double Median(List<double> values) => values.Count == 0 ? double.NaN : values.Order().ElementAt(values.Count / 2);

        private async Task<IReadOnlyCollection<SignedSender.Outcome>> SendAllAsync(int count, int concurrency, string prefix)
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
                        ["event_type"] = eventType,
                        [eventType] = new JsonObject { ["id"] = id, ["name"] = "bench", ["visibility"] = "public" },
                    }.ToJsonString();
                    outcomes.Add(await _sender.SendAsync(id, body, WebhookDrill.Secret));
                }
            })));
            return outcomes;
        }
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
