using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using IncidentIo.Simulator;

namespace Drills.Webhooks;

/// <summary>
/// R9, issue 15: signed deliveries at 32 concurrent (10 % repeated, 5 % badly signed) to a real <c>listen</c> process
/// with <c>--state-dir</c>, killed (SIGKILL) half-way and restarted on the same port and state. Each valid delivery's
/// workflow declares one incident on an in-process simulator, named after the webhook-id, with the idempotency key the
/// plugin derives from the run id; so "ran exactly once" is checked on the effect: one incident per valid webhook-id, none
/// for a bad one. The run lines printed are counted too (a run killed after its step but before it was recorded runs
/// again on restart: the same run id, so no second incident).
/// </summary>
internal static class WebhookDrill
{
    public const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string WrongSecret = "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    private const string Workflow = """
        { "name": "Webhook drill", "trigger": { "on": "incidentio.incident_created" },
          "steps": [ { "id": "declare", "action": "incidentio.create_incident",
            "input": { "name": "drill {{ trigger.webhook_id }}", "severity_id": "01HQ5SVMXXQKFBF5KZNWJ47TAN", "visibility": "public" } } ] }
        """;

    public static async Task<bool> RunAsync(int count, int concurrency, int seed, TextWriter output)
    {
        var random = new Random(seed);
        var bad = count / 20;
        var repeats = count / 10;
        var unique = count - bad - repeats;
        var valid = Enumerable.Range(0, unique).Select(i => ($"msg_drill_{seed}_{i:D5}", Secret)).ToList();
        var plan = valid
            .Concat(Enumerable.Range(0, repeats).Select(_ => valid[random.Next(unique)]))
            .Concat(Enumerable.Range(0, bad).Select(i => ($"msg_bad_{seed}_{i:D5}", WrongSecret)))
            .OrderBy(_ => random.Next())
            .ToList();
        output.WriteLine($"R9 webhook drill: {plan.Count} deliveries ({unique} unique valid, {repeats} repeated, {bad} badly signed), {concurrency} at once, receiver killed and restarted once");

        await using var simulator = await IncidentIoSimulator.StartAsync(new SimulatorOptions { RateLimitCapacity = 1_000_000, RateLimitRefillPerSecond = 1_000_000 });
        using var work = new TempFolder();
        var port = FreePort();
        string[] arguments = [work.Write("webhook-drill.json", Workflow), "--webhook-secret-file", work.Write("secret", Secret), "--state-dir", work.Path("state"),
            "--port", port.ToString(CultureInfo.InvariantCulture), "--base-url", simulator.BaseUrl, "--concurrency", "8"];
        var runLines = new ConcurrentQueue<JsonObject>();
        var listen = await ListenProcess.StartAsync(arguments, SimulatorOptions.DefaultApiKey, runLines);
        using var sender = new SignedSender(new Uri($"http://127.0.0.1:{port}/webhooks/incidentio"));

        var outcomes = new ConcurrentBag<(string Id, bool Good, SignedSender.Outcome Outcome)>();
        var next = -1;
        var killAt = plan.Count / 2;
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int at;
            while ((at = Interlocked.Increment(ref next)) < plan.Count)
            {
                if (at == killAt)
                {
                    listen.Kill();
                    killed.SetResult();
                }

                var (id, secret) = plan[at];
                var body = new JsonObject
                {
                    ["event_type"] = "public_incident.incident_created_v2",
                    ["public_incident.incident_created_v2"] = new JsonObject { ["id"] = id, ["name"] = "drill", ["visibility"] = "public" },
                }.ToJsonString();
                outcomes.Add((id, secret == Secret, await sender.SendAsync(id, body, secret)));
            }
        })).ToList();

        await killed.Task;
        listen.Dispose();
        listen = await ListenProcess.StartAsync(arguments, SimulatorOptions.DefaultApiKey, runLines);
        await Task.WhenAll(workers);
        var sent = clock.Elapsed;

        // Every accepted delivery must now run: wait for the effects (or two minutes).
        var deadline = Stopwatch.StartNew();
        while (simulator.State.Count < unique && deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(100);
        }

        await Task.Delay(500);
        listen.Dispose();

        var incidents = simulator.State.Incidents().Select(i => ((string)i["name"]!)["drill ".Length..]).ToList();
        var perId = incidents.GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());
        var validIds = valid.Select(v => v.Item1).ToHashSet();
        var missing = validIds.Count(id => !perId.ContainsKey(id));
        var twice = perId.Count(p => p.Value > 1);
        var badRan = perId.Keys.Count(id => !validIds.Contains(id));
        var linesPerId = runLines.GroupBy(l => (string)l["webhook_id"]!).ToDictionary(g => g.Key, g => g.Count());
        var status = outcomes.GroupBy(o => (o.Good, o.Outcome.Status)).OrderBy(g => g.Key).Select(g => $"{(g.Key.Good ? "valid" : "bad")} {g.Key.Status}: {g.Count()}");
        var goodRefused = outcomes.Count(o => o.Good && o.Outcome.Status is not (202 or 200));
        var badAccepted = outcomes.Count(o => !o.Good && o.Outcome.Status != 401);
        var acks = outcomes.Where(o => o.Outcome.Attempts == 1).Select(o => o.Outcome.Acknowledged.TotalMilliseconds).Order().ToList();

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  sent in {sent.TotalSeconds:0.0} s ({plan.Count / sent.TotalSeconds:0} deliveries/s, restart included); answers: {string.Join(", ", status)}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ack p50 {Percentile(acks, 0.50):0.0} ms, p99 {Percentile(acks, 0.99):0.0} ms (first-attempt answers); {outcomes.Count(o => o.Outcome.Attempts > 1)} deliveries retried across the restart"));
        output.WriteLine($"  effects: {incidents.Count} incidents for {unique} valid webhook-ids; missing {missing}, twice {twice}, from bad deliveries {badRan}");
        output.WriteLine($"  run lines: {runLines.Count} for {linesPerId.Count} webhook-ids; ids printed twice (re-run after the kill, same run id): {linesPerId.Count(p => p.Value > 1)}; valid answers other than 200/202: {goodRefused}; bad answers other than 401: {badAccepted}");
        var holds = missing == 0 && twice == 0 && badRan == 0 && goodRefused == 0 && badAccepted == 0;
        output.WriteLine(holds ? "  HOLDS: every valid delivery ran exactly once (by effect), no badly signed one ran" : "  FAILS");
        return holds;
    }

    internal static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    internal static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
