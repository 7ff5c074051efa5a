namespace IncidentIo.Plugin.Tests.Support;

// The stub is shared by a fixture's tests; what one test leaves in flight must not count in the next.
[TestFixture]
public sealed class IncidentIoStubTests
{
    [Test]
    public async Task RequestCount_AnswerDelayedPastTheReset_IsNotCounted()
    {
        using var stub = IncidentIoStub.Start();
        stub.ReturnsInTurn("GET", "/v1/slow", r => r.WithStatusCode(200).WithDelay(TimeSpan.FromMilliseconds(500)));
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(100) };
        await Assert.ThatAsync(() => http.GetAsync(new Uri(new Uri(stub.Url), "/v1/slow")), Throws.InstanceOf<TaskCanceledException>());

        stub.Reset();
        stub.Returns("GET", "/v1/fast", 200);
        await http.GetAsync(new Uri(new Uri(stub.Url), "/v1/fast"));
        // WireMock logs the abandoned request once its delay is over.
        await WaitUntil(() => stub.Server.LogEntries.Count == 2);

        Assert.Multiple(() =>
        {
            Assert.That(stub.RequestCount, Is.EqualTo(1));
            Assert.That(stub.LastRequest.AbsolutePath, Is.EqualTo("/v1/fast"));
        });
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var waited = 0; !condition() && waited < 5000; waited += 50)
        {
            await Task.Delay(50);
        }

        Assert.That(condition(), Is.True, "WireMock never logged the delayed request");
    }
}
