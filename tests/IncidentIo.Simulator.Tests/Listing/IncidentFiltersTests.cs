using System.Text.Json.Nodes;
using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Listing;

// Filters go over real HTTP, with the brackets URL-encoded as a client must send them.
[TestFixture]
public sealed class IncidentFiltersTests
{
    private SimulatorHarness _harness = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _harness = await SimulatorHarness.StartAsync();
        await _harness.CreateAsync(SimulatorHarness.Payload("minor-live"));
        await _harness.CreateAsync(SimulatorHarness.Payload("major-fixing", SeedIds.Major).With("incident_status_id", SeedIds.Fixing));
        await _harness.CreateAsync(SimulatorHarness.Payload("triage", severityId: null).With("incident_status_id", SeedIds.Triage));
        await _harness.CreateAsync(SimulatorHarness.Payload("critical-closed", SeedIds.Critical).With("incident_status_id", SeedIds.Closed));
        await _harness.CreateAsync(SimulatorHarness.Payload("test-mode", SeedIds.Critical, mode: "test"));
        var withField = SimulatorHarness.Payload("with-field", SeedIds.Minor).With("custom_field_entries", JsonNode.Parse($$"""
            [{"custom_field_id":"{{SeedIds.AffectedTeam}}","values":[{"value_option_id":"{{SeedIds.ProductOption}}"}]}]
            """));
        await _harness.CreateAsync(withField);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [Test]
    public async Task Filter_StatusCategoryOneOfTwoValuesEncoded_ReturnsBothCategories()
    {
        var keys = await KeysAsync("status_category%5Bone_of%5D=triage&status_category%5Bone_of%5D=closed");

        Assert.That(keys, Is.EquivalentTo(new List<string> { "triage", "critical-closed" }));
    }

    [Test]
    public async Task Filter_StatusCategoryNotIn_ExcludesThoseCategories()
    {
        var keys = await KeysAsync("status_category[not_in]=live");

        Assert.That(keys, Is.EquivalentTo(new List<string> { "triage", "critical-closed" }));
    }

    [Test]
    public async Task Filter_NoMode_HidesTestIncidents()
    {
        var keys = await KeysAsync("");

        Assert.That(keys, Has.Count.EqualTo(5).And.No.Contain("test-mode"));
    }

    [Test]
    public async Task Filter_ModeOneOfTest_ReturnsOnlyTestIncidents()
    {
        var keys = await KeysAsync("mode%5Bone_of%5D=test");

        Assert.That(keys, Is.EqualTo(new List<string> { "test-mode" }));
    }

    [Test]
    public async Task Filter_SeverityGteMajor_ComparesByRank()
    {
        var keys = await KeysAsync($"severity%5Bgte%5D={SeedIds.Major}");

        Assert.That(keys, Is.EquivalentTo(new List<string> { "major-fixing", "critical-closed" }));
    }

    [Test]
    public async Task Filter_SeverityLteMinor_ExcludesIncidentsWithoutSeverity()
    {
        var keys = await KeysAsync($"severity[lte]={SeedIds.Minor}");

        Assert.That(keys, Is.EquivalentTo(new List<string> { "minor-live", "with-field" }));
    }

    [Test]
    public async Task Filter_StatusOneOf_MatchesTheStatusId()
    {
        var keys = await KeysAsync($"status[one_of]={SeedIds.Fixing}");

        Assert.That(keys, Is.EqualTo(new List<string> { "major-fixing" }));
    }

    [Test]
    public async Task Filter_IncidentTypeNotInDefault_ReturnsNothing()
    {
        var keys = await KeysAsync($"incident_type[not_in]={SeedIds.DefaultType}");

        Assert.That(keys, Is.Empty);
    }

    [Test]
    public async Task Filter_CustomFieldOption_MatchesEntriesWithThatOption()
    {
        var keys = await KeysAsync($"custom_field%5B{SeedIds.AffectedTeam}%5D%5Bone_of%5D={SeedIds.ProductOption}");

        Assert.That(keys, Is.EqualTo(new List<string> { "with-field" }));
    }

    [Test]
    public async Task Filter_CreatedAtDates_CompareWholeUtcDays()
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var longAgo = "2000-01-01";

        var fromToday = await KeysAsync($"created_at[gte]={today}");
        var untilLongAgo = await KeysAsync($"created_at[lte]={longAgo}");
        var range = await KeysAsync($"updated_at[date_range]={longAgo}~{today}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fromToday, Has.Count.EqualTo(5));
            Assert.That(untilLongAgo, Is.Empty);
            Assert.That(range, Has.Count.EqualTo(5));
        }
    }

    [Test]
    public async Task Filter_FilterModeAny_CombinesWithOr()
    {
        var all = await KeysAsync($"status[one_of]={SeedIds.Fixing}&severity[one_of]={SeedIds.Critical}");
        var any = await KeysAsync($"filter_mode=any&status[one_of]={SeedIds.Fixing}&severity[one_of]={SeedIds.Critical}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(all, Is.Empty);
            Assert.That(any, Is.EquivalentTo(new List<string> { "major-fixing", "critical-closed" }));
        }
    }

    private async Task<List<string>> KeysAsync(string query)
    {
        var (status, body) = await _harness.GetAsync($"/v2/incidents?page_size=250&{query}");
        Assert.That(status, Is.EqualTo(200), body.ToJsonString());
        return body["incidents"]!.AsArray()
            .Select(i => _harness.Simulator.State.Incidents().Single(s => (string?)s["id"] == (string?)i!["id"]))
            .Select(i => ((string)i["name"]!)["Incident ".Length..])
            .ToList();
    }
}
