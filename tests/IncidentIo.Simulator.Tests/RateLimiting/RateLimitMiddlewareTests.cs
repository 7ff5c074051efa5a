using System.Globalization;
using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.RateLimiting;

[TestFixture]
public sealed class RateLimitMiddlewareTests
{
    [Test]
    public async Task InvokeAsync_AuthenticatedRequest_CarriesRateLimitHeaders()
    {
        await using var harness = await SimulatorHarness.StartAsync();

        using var response = await harness.Client.GetAsync(new Uri("/v1/severities", UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Header(response, "X-RateLimit-Limit"), Is.EqualTo("1200, 1200;window=60"));
            Assert.That(int.Parse(Header(response, "X-RateLimit-Remaining"), CultureInfo.InvariantCulture), Is.InRange(1190, 1199));
            Assert.That(int.Parse(Header(response, "X-RateLimit-Used"), CultureInfo.InvariantCulture), Is.InRange(1, 10));
            Assert.That(long.Parse(Header(response, "X-RateLimit-Reset"), CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 1));
        }
    }

    [Test]
    public async Task InvokeAsync_BucketEmpty_Returns429WithRetryAfterAndRateLimitBody()
    {
        // Two tokens, refilled once every 1000 s: the third request finds the bucket empty.
        await using var harness = await SimulatorHarness.StartAsync(capacity: 2, refillPerSecond: 0.001);
        for (var i = 0; i < 2; i++)
        {
            using var ok = await harness.Client.GetAsync(new Uri("/v1/severities", UriKind.Relative));
            Assert.That((int)ok.StatusCode, Is.EqualTo(200));
        }

        using var response = await harness.Client.GetAsync(new Uri("/v1/severities", UriKind.Relative));

        var body = await ErrorBody.AssertAsync(response, 429, "too_many_requests");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body.Code(), Is.EqualTo("too_many_requests"));
            Assert.That(response.Headers.RetryAfter?.Delta?.TotalSeconds, Is.GreaterThanOrEqualTo(1));
            Assert.That(Header(response, "X-RateLimit-Remaining"), Is.EqualTo("0"));
            Assert.That((int?)body["rate_limit"]!["limit"], Is.EqualTo(2));
            Assert.That((string?)body["rate_limit"]!["name"], Is.EqualTo("Sandbox simulator key"));
            Assert.That(DateTimeOffset.TryParse((string?)body["rate_limit"]!["retry_after"], CultureInfo.InvariantCulture, out _), Is.True);
        }
    }

    [Test]
    public async Task InvokeAsync_OneKeyExhausted_OtherKeyHasItsOwnBucket()
    {
        await using var harness = await SimulatorHarness.StartAsync(capacity: 1, refillPerSecond: 0.001);
        using var limited = harness.ClientWith(SimulatorHarness.LimitedKey);
        (await harness.Client.GetAsync(new Uri("/v1/identity", UriKind.Relative))).Dispose();
        using var exhausted = await harness.Client.GetAsync(new Uri("/v1/identity", UriKind.Relative));

        using var other = await limited.GetAsync(new Uri("/v1/identity", UriKind.Relative));

        Assert.That(((int)exhausted.StatusCode, (int)other.StatusCode), Is.EqualTo((429, 200)));
    }

    private static string Header(HttpResponseMessage response, string name) => response.Headers.GetValues(name).Single();
}
