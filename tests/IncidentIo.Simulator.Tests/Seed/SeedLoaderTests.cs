using System.Text.Json.Nodes;
using IncidentIo.Simulator.Seed;
using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Seed;

[TestFixture]
public sealed class SeedLoaderTests
{
    private string _file = null!;

    [SetUp]
    public void CreateTempFile() => _file = Path.Combine(Path.GetTempPath(), $"sim-seed-{Guid.NewGuid():N}.json");

    [TearDown]
    public void DeleteTempFile() => File.Delete(_file);

    [Test]
    public void Load_DefaultSeed_HasEveryStatusCategoryAndOneDefaultType()
    {
        var catalog = SeedLoader.Load(null, DateTimeOffset.UtcNow);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(catalog.Statuses.Select(s => (string)s["category"]!).Distinct(), Is.EquivalentTo(new List<string> { "triage", "live", "learning", "paused", "closed", "declined", "canceled", "merged" }));
            Assert.That(catalog.Statuses.Count(s => (string)s["category"]! == "live"), Is.EqualTo(2));
            Assert.That((string?)catalog.DefaultType["id"], Is.EqualTo(SeedIds.DefaultType));
            Assert.That((string?)catalog.FirstLiveStatus["name"], Is.EqualTo("Investigating"));
            Assert.That(catalog.Severities.All(s => s.ContainsKey("created_at") && s.ContainsKey("updated_at")), Is.True);
        }
    }

    [Test]
    public void Load_UserFile_ReplacesTheDefault()
    {
        var seed = JsonNode.Parse(SeedLoader.DefaultSeedText())!.AsObject();
        seed["severities"]![0]!["name"] = "SEV-Custom";
        File.WriteAllText(_file, seed.ToJsonString());

        var catalog = SeedLoader.Load(_file, DateTimeOffset.UtcNow);

        Assert.That((string?)catalog.Severities[0]["name"], Is.EqualTo("SEV-Custom"));
    }

    [Test]
    public void Load_BrokenFile_ListsEveryProblem()
    {
        var seed = JsonNode.Parse(SeedLoader.DefaultSeedText())!.AsObject();
        seed["severities"]![0]!.AsObject().Remove("rank");
        seed["incident_statuses"]![1]!["category"] = "active";
        seed["incident_types"]![1]!["is_default"] = true;
        File.WriteAllText(_file, seed.ToJsonString());

        var error = Assert.Throws<InvalidDataException>(() => SeedLoader.Load(_file, DateTimeOffset.UtcNow));

        Assert.That(error!.Message, Does.Contain("severities[0].rank").And.Contain("incident_statuses[1].category"));
    }

    [Test]
    public void Load_TwoDefaultTypes_IsRejected()
    {
        var seed = JsonNode.Parse(SeedLoader.DefaultSeedText())!.AsObject();
        seed["incident_types"]![1]!["is_default"] = true;
        File.WriteAllText(_file, seed.ToJsonString());

        var error = Assert.Throws<InvalidDataException>(() => SeedLoader.Load(_file, DateTimeOffset.UtcNow));

        Assert.That(error!.Message, Does.Contain("is_default"));
    }

    [Test]
    public void Load_NotJson_SaysSo()
    {
        File.WriteAllText(_file, "{ nope");

        var error = Assert.Throws<InvalidDataException>(() => SeedLoader.Load(_file, DateTimeOffset.UtcNow));

        Assert.That(error!.Message, Does.Contain("not valid JSON"));
    }
}
