using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Incidents;

[TestFixture]
public sealed class ListIncidentsEndpointTests : SimulatorTestBase
{
    [Test]
    public async Task Handle_SevenIncidentsPagesOfThree_ReturnsEachOnceNewestFirstOverThreePages()
    {
        for (var i = 1; i <= 7; i++)
        {
            await Harness.CreateAsync(SimulatorHarness.Payload($"page-{i}"));
        }

        var seen = new List<string>();
        var pages = 0;
        string? after = null;
        do
        {
            var (status, body) = await Harness.GetAsync($"/v2/incidents?page_size=3{(after is null ? "" : "&after=" + after)}");
            Assert.That(status, Is.EqualTo(200));
            Assert.That((int?)body["pagination_meta"]!["total_record_count"], Is.EqualTo(7));
            seen.AddRange(body["incidents"].Strings("reference"));
            after = (string?)body["pagination_meta"]!["after"];
            pages++;
        }
        while (after is not null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages, Is.EqualTo(3));
            Assert.That(seen, Is.EqualTo(Enumerable.Range(1, 7).Reverse().Select(n => $"INC-{n}")));
        }
    }

    [Test]
    public async Task Handle_OldestFirst_ReversesTheOrder()
    {
        await Harness.CreateAsync(SimulatorHarness.Payload("one"));
        await Harness.CreateAsync(SimulatorHarness.Payload("two"));

        var (_, body) = await Harness.GetAsync("/v2/incidents?sort_by=created_at_oldest_first");

        Assert.That(body["incidents"].Strings("reference"), Is.EqualTo(new List<string> { "INC-1", "INC-2" }));
    }

    [Test]
    public async Task Handle_LastPage_HasNoAfter()
    {
        await Harness.CreateAsync(SimulatorHarness.Payload("only"));

        var (_, body) = await Harness.GetAsync("/v2/incidents");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body["pagination_meta"]!.AsObject().ContainsKey("after"), Is.False);
            Assert.That((int?)body["pagination_meta"]!["page_size"], Is.EqualTo(25));
        }
    }

    [TestCase("page_size=251", "page_size")]
    [TestCase("page_size=abc", "page_size")]
    [TestCase("sort_by=name", "sort_by")]
    [TestCase("after=01HZZZZZZZZZZZZZZZZZZZZZZZ", "after")]
    [TestCase("status_category=live", "status_category")]
    [TestCase("status_category%5Bgte%5D=live", "status_category[gte]")]
    [TestCase("status_category%5Bone_of%5D=active", "status_category[one_of]")]
    [TestCase("severity%5Bone_of%5D=nope", "severity[one_of]")]
    [TestCase("created_at%5Bgte%5D=01-05-2024", "created_at[gte]")]
    [TestCase("colour%5Bone_of%5D=red", "colour[one_of]")]
    public async Task Handle_InvalidQuery_Returns422OnTheParameter(string query, string field)
    {
        using var response = await Harness.Client.GetAsync(new Uri($"/v2/incidents?{query}", UriKind.Relative));

        var body = await ErrorBody.AssertAsync(response, 422, "validation_error");
        Assert.That(body.Fields(), Does.Contain(field));
    }
}
