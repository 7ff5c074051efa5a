using System.Text.Json.Nodes;
using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Escalations;

[TestFixture]
public sealed class ListEscalationsEndpointTests
{
    private SimulatorHarness _harness = null!;
    private string _pathEscalation = null!;
    private string _usersEscalation = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _harness = await SimulatorHarness.StartAsync();
        _pathEscalation = await CreateAsync(new JsonObject { ["idempotency_key"] = "by-path", ["title"] = "Path", ["escalation_path_id"] = SeedIds.EscalationPath });
        _usersEscalation = await CreateAsync(new JsonObject { ["idempotency_key"] = "by-users", ["title"] = "Users", ["user_ids"] = new JsonArray(SeedIds.Alice) });
        using var cancelled = await _harness.Client.PostAsync(new Uri($"/v2/escalations/{_usersEscalation}/actions/cancel", UriKind.Relative), null);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [TestCase("status[one_of]=triggered", new[] { "by-path" })]
    [TestCase("status[not_in]=triggered", new[] { "by-users" })]
    [TestCase("escalation_path[one_of]=" + SeedIds.EscalationPath, new[] { "by-path" })]
    [TestCase("idempotency_key[one_of]=by-users", new[] { "by-users" })]
    [TestCase("idempotency_key[not_in]=by-users&status[one_of]=cancelled", new string[0])]
    [TestCase("", new[] { "by-users", "by-path" })]
    public async Task Handle_Filters_KeepTheMatchingEscalationsNewestFirst(string query, string[] expectedKeys)
    {
        var (status, body) = await _harness.GetAsync("/v2/escalations?" + query);

        var titles = body["escalations"]!.AsArray().Select(e => (string?)e!["title"]);
        var expected = expectedKeys.Select(k => k == "by-path" ? "Path" : "Users");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(titles, Is.EqualTo(expected));
        }
    }

    [Test]
    public async Task Handle_PageOfOne_ContinuesAfterTheLastId()
    {
        var (_, first) = await _harness.GetAsync("/v2/escalations?page_size=1");
        var (_, second) = await _harness.GetAsync($"/v2/escalations?page_size=1&after={first["pagination_meta"]!["after"]}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)first["escalations"]![0]!["id"], Is.EqualTo(_usersEscalation));
            Assert.That((string?)second["escalations"]![0]!["id"], Is.EqualTo(_pathEscalation));
            Assert.That(second["pagination_meta"]!.AsObject().ContainsKey("after"), Is.False);
        }
    }

    [TestCase("page_size=51")]
    [TestCase("status[one_of]=sleeping")]
    [TestCase("created_at[gte]=2024-01-01")]
    [TestCase("after=01JDA0000000000000000NOPE0")]
    public async Task Handle_BadQuery_Returns422(string query)
    {
        var (status, _) = await _harness.GetAsync("/v2/escalations?" + query);

        Assert.That(status, Is.EqualTo(422));
    }

    private async Task<string> CreateAsync(JsonObject payload)
    {
        using var response = await _harness.PostAsync("/v2/escalations", payload);
        return (string)(await JsonBody.ReadAsync(response))["escalation"]!["id"]!;
    }
}
