using System.Diagnostics;
using System.Net.Http.Json;
using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Faults;

[TestFixture]
public sealed class FaultMiddlewareTests
{
    [Test]
    public async Task InvokeAsync_Rate429_Returns429WithRetryAfter()
    {
        await using var harness = await SimulatorHarness.StartAsync("rate429=1,seed=1");

        using var response = await harness.Client.GetAsync(new Uri("/v1/severities", UriKind.Relative));

        await ErrorBody.AssertAsync(response, 429, "too_many_requests");
        Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task InvokeAsync_Rate5xx_ReturnsAGatewayError()
    {
        await using var harness = await SimulatorHarness.StartAsync("rate5xx=1,seed=1");

        using var response = await harness.Client.GetAsync(new Uri("/v1/severities", UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.AnyOf(502, 503, 504));
    }

    [Test]
    public async Task InvokeAsync_Drop_AbortsTheConnection()
    {
        await using var harness = await SimulatorHarness.StartAsync("drop=1,seed=1");

        await Assert.ThrowsAsync<HttpRequestException>(() => harness.Client.GetAsync(new Uri("/v1/severities", UriKind.Relative)));
    }

    [Test]
    public async Task InvokeAsync_DropOnHealthRoute_IsNotApplied()
    {
        await using var harness = await SimulatorHarness.StartAsync("drop=1,seed=1");

        using var response = await harness.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    // With these seeds the first draw drops the connection (seed 1) or answers 504 (seed 4).
    [TestCase(1, null)]
    [TestCase(4, 504)]
    public async Task InvokeAsync_CommitThenFail_FailsTheReplyButStoresTheIncident(int seed, int? expectedStatus)
    {
        await using var harness = await SimulatorHarness.StartAsync($"commit_then_fail=1,seed={seed}");

        int? status;
        try
        {
            using var response = await harness.Client.PostAsJsonAsync("/v2/incidents", SimulatorHarness.Payload("ctf"));
            status = (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            status = null;
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(expectedStatus));
            Assert.That(harness.Simulator.State.FindByIdempotencyKey("ctf"), Is.Not.Null);
        }
    }

    [Test]
    public async Task InvokeAsync_StallPastTheCallersTimeout_StillStoresTheIncident()
    {
        // The caller gives up well after its body is sent (a loaded CI machine needs that margin: at load 15 a
        // 700 ms caller once gave up before the simulator had the request) and well before the stall ends; the
        // write then lands later, so poll for it instead of sleeping a fixed time.
        await using var harness = await SimulatorHarness.StartAsync("stall=1,stall_for=6s,seed=1");
        using var impatient = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        Assert.That(
            async () => await harness.Client.PostAsJsonAsync("/v2/incidents", SimulatorHarness.Payload("stalled"), impatient.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(harness.Simulator.State.FindByIdempotencyKey("stalled"), Is.Null, "stored before the stall ended");

        Assert.That(() => harness.Simulator.State.FindByIdempotencyKey("stalled"), Is.Not.Null.After(20_000, 50));
    }

    [Test]
    public async Task InvokeAsync_CommitThenFailOnInvalidCreate_PassesThe422Through()
    {
        await using var harness = await SimulatorHarness.StartAsync("commit_then_fail=1,seed=1");

        using var response = await harness.Client.PostAsJsonAsync("/v2/incidents", SimulatorHarness.Payload("bad", severityId: null));

        await ErrorBody.AssertAsync(response, 422, "validation_error");
    }

    [Test]
    public async Task InvokeAsync_Latency_DelaysTheResponseAtLeastThatLong()
    {
        await using var harness = await SimulatorHarness.StartAsync("latency=300ms");
        var watch = Stopwatch.StartNew();

        using var response = await harness.Client.GetAsync(new Uri("/v1/severities", UriKind.Relative));

        Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(250)));
    }

    [Test]
    public async Task InvokeAsync_SameSeed_SameStatusSequenceOverHttp()
    {
        var first = await StatusesAsync("rate5xx=0.5,seed=42");
        var second = await StatusesAsync("rate5xx=0.5,seed=42");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(second));
            Assert.That(first, Does.Contain(200).And.Some.GreaterThanOrEqualTo(502));
        }
    }

    private static async Task<List<int>> StatusesAsync(string faults)
    {
        await using var harness = await SimulatorHarness.StartAsync(faults);
        var statuses = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await harness.Client.GetAsync(new Uri("/v1/identity", UriKind.Relative));
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }
}
