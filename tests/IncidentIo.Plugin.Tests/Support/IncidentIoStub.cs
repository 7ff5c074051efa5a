using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using IncidentIo.Plugin.Client;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Support;

/// <summary>A WireMock server on a random loopback port standing in for api.incident.io, plus the connection and options tests use.</summary>
internal sealed class IncidentIoStub : IDisposable
{
    /// <summary>Recognisable, so a test can prove it never leaks.</summary>
    public const string ApiKey = "iio_TEST_KEY_d8f1c0e4b7a24f55";

    private IncidentIoStub(WireMockServer server) => Server = server;

    public WireMockServer Server { get; }

    public string Url => Server.Url!;

    /// <summary>Tiny delays so retry tests are fast; 2 retries (3 attempts).</summary>
    public static IncidentIoClientOptions FastOptions { get; } = new()
    {
        MaxRetryAttempts = 2,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryAfter = TimeSpan.FromMilliseconds(10),
        AttemptTimeout = TimeSpan.FromSeconds(5),
    };

    public static IncidentIoStub Start() => new(WireMockServer.Start());

    /// <summary>A connection to this stub; <paramref name="apiKey"/> null leaves the secret out.</summary>
    public ActionConnection Connection(string? apiKey = ApiKey) => Connections.To(Url, apiKey);

    public void Reset()
    {
        Server.Reset();
        _resetAt = DateTime.UtcNow;
    }

    private DateTime _resetAt = DateTime.MinValue;

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with a status, a JSON (or any) body and headers.</summary>
    public void Returns(string method, string path, int status, string? body = null, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(status);
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        if (body is not null)
        {
            if (!headers.Any(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
            {
                response = response.WithHeader("Content-Type", "application/json");
            }

            response = response.WithBody(body);
        }

        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(response);
    }

    public void ReturnsJson(string method, string path, JsonNode body) => Returns(method, path, 200, body.ToJsonString());

    /// <summary>Answers with each response in turn (WireMock scenario), the last one for good.</summary>
    public void ReturnsInTurn(string method, string path, params Func<IResponseBuilder, IResponseBuilder>[] responses)
    {
        var scenario = Guid.NewGuid().ToString("N");
        for (var i = 0; i < responses.Length; i++)
        {
            var given = Server.Given(Request.Create().WithPath(path).UsingMethod(method)).InScenario(scenario);
            if (i > 0)
            {
                given = given.WhenStateIs($"step{i}");
            }

            if (i < responses.Length - 1)
            {
                given = given.WillSetStateTo($"step{i + 1}");
            }

            given.RespondWith(responses[i](Response.Create()));
        }
    }

    /// <summary>
    /// The requests received since the last <see cref="Reset"/>. WireMock logs a request when it answers, so an answer an
    /// earlier test delayed (and its client gave up on) would otherwise land in the next test's log.
    /// </summary>
    public IReadOnlyList<WireMock.IRequestMessage> Requests =>
        [.. Server.LogEntries.Select(e => e.RequestMessage!).Where(r => r.DateTime.ToUniversalTime() >= _resetAt)];

    public int RequestCount => Requests.Count;

    public WireMock.IRequestMessage LastRequest => Requests[^1];

    /// <summary>A loopback URL nothing listens on, for "connection refused".</summary>
    public static string ClosedPortUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }

    public void Dispose() => Server.Stop();
}
