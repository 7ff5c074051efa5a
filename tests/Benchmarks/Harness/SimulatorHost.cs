using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IncidentIo.Simulator;

namespace Benchmarks.Harness;

/// <summary>
/// The loopback simulator both sides of every comparison talk to, with the rate limit out of the way,
/// and the raw baseline's client: one pooled <see cref="HttpClient"/> with the same bearer key.
/// </summary>
internal sealed class SimulatorHost : IAsyncDisposable
{
    private SimulatorHost(IncidentIoSimulator simulator, HttpClient raw)
    {
        Simulator = simulator;
        Raw = raw;
    }

    public IncidentIoSimulator Simulator { get; }

    /// <summary>The raw baseline: BaseAddress is the simulator, Authorization and Accept set as the plugin sets them.</summary>
    public HttpClient Raw { get; }

    public string BaseUrl => Simulator.BaseUrl;

    public static string ApiKey => SimulatorOptions.DefaultApiKey;

    public static async Task<SimulatorHost> StartAsync(CancellationToken cancellationToken)
    {
        var simulator = await IncidentIoSimulator.StartAsync(new SimulatorOptions
        {
            // A bench sends far more than incident.io's 1200/min; throttling would measure the bucket, not the host.
            RateLimitCapacity = 100_000_000,
            RateLimitRefillPerSecond = 1_000,
        }, cancellationToken);
        var raw = new HttpClient { BaseAddress = new Uri(simulator.BaseUrl) };
        raw.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        raw.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return new SimulatorHost(simulator, raw);
    }

    /// <summary>Creates incidents until the simulator holds <paramref name="count"/>; returns the first one's id.</summary>
    public async Task<string> SeedIncidentsAsync(int count, CancellationToken cancellationToken)
    {
        var severities = await Raw.GetFromJsonAsync<JsonObject>("/v1/severities", cancellationToken);
        var severityId = severities!["severities"]![0]!["id"]!.GetValue<string>();
        var start = Simulator.State.Count;
        await Parallel.ForAsync(start, count, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var body = new JsonObject
            {
                ["idempotency_key"] = $"bench-{i}",
                ["visibility"] = "public",
                ["name"] = $"Bench incident {i}",
                ["summary"] = "Seeded by the benchmark harness.",
                ["severity_id"] = severityId,
            };
            using var response = await Raw.PostAsJsonAsync("/v2/incidents", body, token);
            response.EnsureSuccessStatusCode();
        });
        return Simulator.State.Incidents()[0]["id"]!.GetValue<string>();
    }

    public async ValueTask DisposeAsync()
    {
        Raw.Dispose();
        await Simulator.DisposeAsync();
    }
}
