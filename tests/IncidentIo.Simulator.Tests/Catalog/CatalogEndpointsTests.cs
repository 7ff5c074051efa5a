using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Catalog;

[TestFixture]
public sealed class CatalogEndpointsTests
{
    [TestCase("/v1/severities", "severities", 3)]
    [TestCase("/v1/incident_statuses", "incident_statuses", 9)]
    [TestCase("/v1/incident_types", "incident_types", 2)]
    public async Task List_Always_ReturnsTheWholeSeedListWithoutPagination(string path, string property, int count)
    {
        await using var harness = await SimulatorHarness.StartAsync();

        var (status, body) = await harness.GetAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(body[property]!.AsArray(), Has.Count.EqualTo(count));
            Assert.That(body.ContainsKey("pagination_meta"), Is.False);
        }
    }
}
