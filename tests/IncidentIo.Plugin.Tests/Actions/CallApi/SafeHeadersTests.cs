using IncidentIo.Plugin.Actions.CallApi;

namespace IncidentIo.Plugin.Tests.Actions.CallApi;

[TestFixture]
public sealed class SafeHeadersTests
{
    [Test]
    public void From_MixedHeaders_KeepsOnlyRateLimitsRetryAfterAndContentTypeLowerCased()
    {
        var headers = SafeHeaders.From(
        [
            new("X-RateLimit-Reset", "1724241600"), new("Retry-After", "2"), new("Content-Type", "application/json"),
            new("Set-Cookie", "a=b"), new("Authorization", "Bearer x"), new("X-Request-Id", "r"), new("x-ratelimit-used", "3"),
        ]);

        Assert.That(headers, Is.EqualTo(new Dictionary<string, string>
        {
            ["content-type"] = "application/json", ["retry-after"] = "2", ["x-ratelimit-reset"] = "1724241600", ["x-ratelimit-used"] = "3",
        }));
    }

    [Test]
    public void From_RepeatedHeader_JoinsItsValuesInOrder()
    {
        var headers = SafeHeaders.From([new("X-RateLimit-Limit", "1200"), new("x-ratelimit-limit", "60;window=1"), new("X-RateLimiting", "no")]);

        Assert.That(headers, Is.EqualTo(new Dictionary<string, string> { ["x-ratelimit-limit"] = "1200, 60;window=1" }));
    }
}
