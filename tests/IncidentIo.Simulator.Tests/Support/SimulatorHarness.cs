using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IncidentIo.Simulator.Faults;

namespace IncidentIo.Simulator.Tests.Support;

/// <summary>A started simulator plus an HttpClient that sends its key; disposed after each test.</summary>
internal sealed class SimulatorHarness : IAsyncDisposable
{
    public const string Key = "test-key-not-secret";
    public const string LimitedKey = "limited-test-key";

    private SimulatorHarness(IncidentIoSimulator simulator)
    {
        Simulator = simulator;
        Client = ClientWith(Key);
    }

    public IncidentIoSimulator Simulator { get; }

    public HttpClient Client { get; }

    public static async Task<SimulatorHarness> StartAsync(
        string? faults = null, int capacity = 1200, double refillPerSecond = 20, IReadOnlyList<SimulatorApiKey>? extraKeys = null) =>
        new(await IncidentIoSimulator.StartAsync(new SimulatorOptions
        {
            ApiKey = Key,
            ForbiddenApiKey = LimitedKey,
            ExtraApiKeys = extraKeys ?? [],
            Faults = FaultSpec.Parse(faults),
            RateLimitCapacity = capacity,
            RateLimitRefillPerSecond = refillPerSecond,
        }));

    public HttpClient ClientWith(string? key)
    {
        var client = new HttpClient { BaseAddress = new Uri(Simulator.BaseUrl) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    public static JsonObject Payload(string key, string? severityId = SeedIds.Minor, string? mode = null) =>
        new JsonObject
        {
            ["idempotency_key"] = key,
            ["visibility"] = "public",
            ["name"] = $"Incident {key}",
            ["severity_id"] = severityId,
            ["mode"] = mode,
        }.WithoutNulls();

    public Task<HttpResponseMessage> PostAsync(string path, JsonObject body) => Client.PostAsJsonAsync(path, body);

    /// <summary>Creates an incident and returns the response's incident object (asserting a 200).</summary>
    public async Task<JsonObject> CreateAsync(JsonObject payload)
    {
        using var response = await PostAsync("/v2/incidents", payload);
        var body = await JsonBody.ReadAsync(response);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), body.ToJsonString());
        return body["incident"]!.AsObject();
    }

    /// <summary>The seed's HTTP alert source and its token.</summary>
    public const string AlertSourceId = "01JD9Q0C8N5W2KX3R7T4V6Y8ZA";

    /// <summary>Sends an alert event to the seed's HTTP alert source with its token (or <paramref name="token"/>).</summary>
    public async Task<(int Status, JsonObject Body)> SendAlertEventAsync(JsonObject alertEvent, string? token = "sim_alert_source_token", string sourceId = AlertSourceId)
    {
        using var client = ClientWith(token);
        using var response = await client.PostAsJsonAsync($"/v2/alert_events/http/{sourceId}", alertEvent);
        return ((int)response.StatusCode, await JsonBody.ReadAsync(response));
    }

    public static JsonObject AlertEvent(string key, string status = "firing", string title = "Disk full") =>
        new() { ["title"] = title, ["status"] = status, ["deduplication_key"] = key };

    public async Task<(int Status, JsonObject Body)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, await JsonBody.ReadAsync(response));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Simulator.DisposeAsync();
    }
}
