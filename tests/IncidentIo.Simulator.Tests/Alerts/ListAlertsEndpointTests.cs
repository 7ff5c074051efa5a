using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Alerts;

[TestFixture]
public sealed class ListAlertsEndpointTests
{
    [Test]
    public async Task Handle_FilterByKeyAndStatus_ReturnsOnlyThatAlertNewestFirstPaged()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        foreach (var key in new[] { "a", "b", "c" })
        {
            await harness.SendAlertEventAsync(SimulatorHarness.AlertEvent(key));
        }

        var (_, byKey) = await harness.GetAsync("/v2/alerts?page_size=5&deduplication_key%5Bis%5D=b&status%5Bone_of%5D=firing");
        var (_, firstPage) = await harness.GetAsync("/v2/alerts?page_size=2");
        var after = (string)firstPage["pagination_meta"]!["after"]!;
        var (_, secondPage) = await harness.GetAsync($"/v2/alerts?page_size=2&after={after}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byKey["alerts"]!.AsArray().Select(a => (string?)a!["deduplication_key"]), Is.EqualTo(new List<string> { "b" }));
            Assert.That(firstPage["alerts"]!.AsArray().Select(a => (string?)a!["deduplication_key"]), Is.EqualTo(new List<string> { "c", "b" }));
            Assert.That(secondPage["alerts"]!.AsArray().Select(a => (string?)a!["deduplication_key"]), Is.EqualTo(new List<string> { "a" }));
            Assert.That(secondPage["pagination_meta"]!.AsObject().ContainsKey("after"), Is.False);
        }
    }

    [TestCase("/v2/alerts", "page_size", TestName = "Handle_NoPageSize_Returns422NamingIt")]
    [TestCase("/v2/alerts?page_size=51", "page_size", TestName = "Handle_PageSizeOver50_Returns422NamingIt")]
    [TestCase("/v2/alerts?page_size=5&status%5Bone_of%5D=open", "status[one_of]", TestName = "Handle_UnknownStatus_Returns422NamingIt")]
    public async Task Handle_BadQuery_Returns422NamingTheParameter(string path, string field)
    {
        await using var harness = await SimulatorHarness.StartAsync();

        var (status, body) = await harness.GetAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(422));
            Assert.That(body["errors"]!.AsArray().Select(e => (string?)e!["source"]!["field"]), Is.EqualTo(new List<string> { field }));
        }
    }
}
