using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Client.Resilience;
using IncidentIo.Plugin.Tests.Support;
using Polly;
using RestSharp;

namespace IncidentIo.Plugin.Tests.Client.Resilience;

[TestFixture]
public sealed class RetryPipelineTests : StubFixture
{
    private const string NoSeverities = """{"severities":[]}""";

    [Test]
    public async Task Create_429WithRetryAfterSecondsThenSuccess_Succeeds()
    {
        Stub.ReturnsInTurn("GET", "/v1/severities",
            r => r.WithStatusCode(429).WithHeader("Retry-After", "2"),
            r => r.WithStatusCode(200).WithBody(NoSeverities));

        var response = await ListSeveritiesAsync();

        Assert.That(response.IsSuccess, Is.True, () => response.Error!.Message);
        Assert.Multiple(() =>
        {
            Assert.That(response.Attempts, Is.EqualTo(2));
            Assert.That(Stub.RequestCount, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Create_429WithRetryAfterHttpDateThenSuccess_Succeeds()
    {
        var date = DateTimeOffset.UtcNow.AddSeconds(30).ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        Stub.ReturnsInTurn("GET", "/v1/severities",
            r => r.WithStatusCode(429).WithHeader("Retry-After", date),
            r => r.WithStatusCode(200).WithBody(NoSeverities));

        var response = await ListSeveritiesAsync();

        Assert.That(response.IsSuccess, Is.True, () => response.Error!.Message);
        Assert.That(response.Attempts, Is.EqualTo(2));
    }

    [TestCase(502)]
    [TestCase(503)]
    [TestCase(504)]
    public async Task Create_TransientStatusThenSuccess_Succeeds(int status)
    {
        Stub.ReturnsInTurn("GET", "/v1/severities",
            r => r.WithStatusCode(status),
            r => r.WithStatusCode(200).WithBody(NoSeverities));

        var response = await ListSeveritiesAsync();

        Assert.That(response.IsSuccess, Is.True);
        Assert.That(response.Attempts, Is.EqualTo(2));
    }

    [TestCase(400)]
    [TestCase(401)]
    [TestCase(403)]
    [TestCase(404)]
    [TestCase(422)]
    [TestCase(500)]
    public void IsTransient_PermanentStatus_IsFalse(int status) =>
        Assert.That(RetryPipeline.IsTransient(Outcome.FromResult(Response(status))), Is.False);

    [TestCase(429)]
    [TestCase(502)]
    [TestCase(503)]
    [TestCase(504)]
    public void IsTransient_TransientStatus_IsTrue(int status) =>
        Assert.That(RetryPipeline.IsTransient(Outcome.FromResult(Response(status))), Is.True);

    [TestCase(ResponseStatus.TimedOut, true)]
    [TestCase(ResponseStatus.Error, true)]
    [TestCase(ResponseStatus.Aborted, false)]
    public void IsTransient_NoAnswer_DependsOnWhy(ResponseStatus status, bool expected) =>
        Assert.That(RetryPipeline.IsTransient(Outcome.FromResult(new RestResponse(new RestRequest()) { ResponseStatus = status })), Is.EqualTo(expected));

    [TestCase(ResponseStatus.Completed)]
    [TestCase(ResponseStatus.None)]
    public void IsTransient_NoStatusButNotAFailedTransport_IsFalse(ResponseStatus status) =>
        Assert.That(RetryPipeline.IsTransient(Outcome.FromResult(new RestResponse(new RestRequest()) { ResponseStatus = status })), Is.False);

    private static IEnumerable<TestCaseData> Exceptions()
    {
        yield return new TestCaseData(new HttpRequestException("connection refused"), true).SetArgDisplayNames(nameof(HttpRequestException));
        yield return new TestCaseData(new TimeoutException(), true).SetArgDisplayNames(nameof(TimeoutException));
        yield return new TestCaseData(new OperationCanceledException(), false).SetArgDisplayNames(nameof(OperationCanceledException));
        yield return new TestCaseData(new InvalidOperationException(), false).SetArgDisplayNames(nameof(InvalidOperationException));
    }

    [TestCaseSource(nameof(Exceptions))]
    public void IsTransient_ExceptionOutcome_IsTrueOnlyForTransportFailures(Exception exception, bool expected) =>
        Assert.That(RetryPipeline.IsTransient(Outcome.FromException<RestResponse>(exception)), Is.EqualTo(expected));

    [Test]
    public void RequestedDelay_ExceptionOutcome_LeavesItToTheBackoff() =>
        Assert.That(
            RetryPipeline.RequestedDelay(Outcome.FromException<RestResponse>(new HttpRequestException()), new IncidentIoClientOptions()),
            Is.Null);

    [Test]
    public void RequestedDelay_RetryAfterBelowTheCap_IsHonoured()
    {
        var options = new IncidentIoClientOptions { MaxRetryAfter = TimeSpan.FromSeconds(60) };

        var delay = RetryPipeline.RequestedDelay(Outcome.FromResult(Response(429, ("Retry-After", "7"))), options);

        Assert.That(delay, Is.EqualTo(TimeSpan.FromSeconds(7)));
    }

    [Test]
    public void RequestedDelay_RetryAfterAboveTheCap_IsCapped()
    {
        var options = new IncidentIoClientOptions { MaxRetryAfter = TimeSpan.FromSeconds(60) };

        var delay = RetryPipeline.RequestedDelay(Outcome.FromResult(Response(429, ("Retry-After", "3600"))), options);

        Assert.That(delay, Is.EqualTo(TimeSpan.FromSeconds(60)));
    }

    [Test]
    public void RequestedDelay_NoRetryAfter_LeavesItToTheBackoff() =>
        Assert.That(RetryPipeline.RequestedDelay(Outcome.FromResult(Response(503)), new IncidentIoClientOptions()), Is.Null);

    [Test]
    public void RequestedDelay_RetryAfterHttpDate_MeasuredFromTheOptionsClock()
    {
        var options = new IncidentIoClientOptions { TimeProvider = new Clock(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero)) };

        var delay = RetryPipeline.RequestedDelay(Outcome.FromResult(Response(429, ("Retry-After", "Wed, 01 May 2024 09:30:20 GMT"))), options);

        Assert.That(delay, Is.EqualTo(TimeSpan.FromSeconds(20)));
    }

    [Test]
    public async Task Create_BackOff_WaitsOnTheOptionsClock()
    {
        // Ten minutes of back-off: only the options' clock, which fires at once, lets this finish within the token's 20 s.
        var clock = new Clock(DateTimeOffset.UnixEpoch);
        var options = new IncidentIoClientOptions { TimeProvider = clock, BaseDelay = TimeSpan.FromMinutes(10), MaxDelay = TimeSpan.FromMinutes(10) };
        var pipeline = RetryPipeline.Create(1, options, limiter: null);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var attempts = 0;

        var response = await pipeline.ExecuteAsync(_ => ValueTask.FromResult(Response(++attempts == 1 ? 503 : 200)), timeout.Token);

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            Assert.That(clock.Waits, Has.Count.EqualTo(1));
            Assert.That(clock.Waits.Single() > TimeSpan.Zero && clock.Waits.Single() <= TimeSpan.FromMinutes(10), Is.True, () => $"waited {clock.Waits.Single()}");
        });
    }

    private static RestResponse Response(int status, params (string Name, string Value)[] headers) =>
        new(new RestRequest())
        {
            StatusCode = (System.Net.HttpStatusCode)status,
            ResponseStatus = ResponseStatus.Completed,
            Headers = headers.Select(h => new HeaderParameter(h.Name, h.Value)).ToList(),
        };

    // A clock standing at one instant whose timers fire at once, noting how long each was asked to wait.
    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public List<TimeSpan> Waits { get; } = [];

        public override DateTimeOffset GetUtcNow() => now;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            lock (Waits)
            {
                Waits.Add(dueTime);
            }

            ThreadPool.QueueUserWorkItem(_ => callback(state));
            return new Fired();
        }

        private sealed class Fired : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => false;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
