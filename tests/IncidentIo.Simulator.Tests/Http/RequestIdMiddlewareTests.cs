using IncidentIo.Simulator.Tests.Support;
using Microsoft.Extensions.Logging;

namespace IncidentIo.Simulator.Tests.Http;

[TestFixture]
public sealed class RequestIdMiddlewareTests
{
    [Test]
    public async Task InvokeAsync_EachRequest_LogsOneLineWithRequestIdButNeverTheKey()
    {
        using var provider = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(provider));
        await using var simulator = await IncidentIoSimulator.StartAsync(new SimulatorOptions { ApiKey = "very-secret-key-42", LoggerFactory = factory });
        using var client = new HttpClient { BaseAddress = new Uri(simulator.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "very-secret-key-42");

        using var response = await client.GetAsync(new Uri("/v1/severities?x=1", UriKind.Relative));
        var requestId = response.Headers.GetValues("X-Request-Id").Single();

        var line = provider.Lines.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(line, Does.Contain("GET /v1/severities -> 200").And.Contain(requestId));
            Assert.That(line, Does.Not.Contain("very-secret-key-42"));
        }
    }
}
