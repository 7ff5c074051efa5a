using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.FollowUps;

[TestFixture]
public sealed class FollowUpChangeEndpointsTests
{
    private SimulatorHarness _harness = null!;
    private string _incidentId = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _harness = await SimulatorHarness.StartAsync();
        _incidentId = (string)(await _harness.CreateAsync(SimulatorHarness.Payload("follow-ups")))["id"]!;
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [Test]
    public async Task UpdateAsync_FieldsLeftOut_AreCleared()
    {
        var id = await CreateAsync(new JsonObject { ["description"] = "Look at disk", ["labels"] = new JsonArray("a") });

        using var response = await _harness.Client.PutAsJsonAsync($"/v2/follow_ups/{id}", new JsonObject { ["title"] = "Renamed", ["status"] = "completed" });

        var followUp = (await JsonBody.ReadAsync(response))["follow_up"]!.AsObject();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            Assert.That((string?)followUp["title"], Is.EqualTo("Renamed"));
            Assert.That(followUp.ContainsKey("description"), Is.False);
            Assert.That(followUp["labels"]!.AsArray(), Is.Empty);
            Assert.That(followUp.ContainsKey("completed_at"), Is.True);
        }
    }

    [Test]
    public async Task UpdateAsync_AssigneeThenNull_AssignsAndUnassigns()
    {
        var id = await CreateAsync(new JsonObject());

        using var assigned = await _harness.Client.PutAsJsonAsync($"/v2/follow_ups/{id}", new JsonObject { ["title"] = "t", ["status"] = "outstanding", ["assignee_id"] = SeedIds.Alice });
        using var unassigned = await _harness.Client.PutAsJsonAsync($"/v2/follow_ups/{id}", new JsonObject { ["title"] = "t", ["status"] = "outstanding", ["assignee_id"] = null });

        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)(await JsonBody.ReadAsync(assigned))["follow_up"]!["assignee"]!["name"], Is.EqualTo("Alice Example"));
            Assert.That((await JsonBody.ReadAsync(unassigned))["follow_up"]!.AsObject().ContainsKey("assignee"), Is.False);
        }
    }

    [TestCase("""{"title":"t","status":"deleted"}""", "status")]
    [TestCase("""{"title":"t"}""", "status")]
    [TestCase("""{"title":"t","status":"outstanding","assignee_id":"01JDA0000000000000000NOPE0"}""", "assignee_id")]
    [TestCase("""{"title":"t","status":"outstanding","assignee_team_id":"T1"}""", "assignee_team_id")]
    public async Task UpdateAsync_BadBody_Returns422NamingTheField(string body, string field)
    {
        var id = await CreateAsync(new JsonObject());

        using var response = await _harness.Client.PutAsJsonAsync($"/v2/follow_ups/{id}", JsonNode.Parse(body));

        var error = await JsonBody.ReadAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(422));
            Assert.That(error["errors"]!.AsArray().Select(e => (string?)e!["source"]?["field"]), Does.Contain(field));
        }
    }

    [Test]
    public async Task ConnectAsync_Twice_ConnectsOnceThenReturns422()
    {
        var id = await CreateAsync(new JsonObject());
        var issue = new JsonObject { ["provider"] = "linear", ["url"] = "https://linear.app/acme/issue/OPS-42" };

        using var first = await _harness.PostAsync($"/v2/follow_ups/{id}/actions/connect_external_issue", issue);
        using var second = await _harness.PostAsync($"/v2/follow_ups/{id}/actions/connect_external_issue", issue);

        var reference = (await JsonBody.ReadAsync(first))["follow_up"]!["external_issue_reference"]!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(((int)first.StatusCode, (int)second.StatusCode), Is.EqualTo((200, 422)));
            Assert.That((string?)reference["issue_name"], Is.EqualTo("OPS-42"));
            Assert.That((string?)reference["issue_permalink"], Is.EqualTo("https://linear.app/acme/issue/OPS-42"));
        }
    }

    [Test]
    public async Task List_ByIncident_ReturnsOnlyItsFollowUps()
    {
        var other = (string)(await _harness.CreateAsync(SimulatorHarness.Payload("follow-ups-other")))["id"]!;
        var mine = await CreateAsync(new JsonObject(), other);

        var (_, body) = await _harness.GetAsync($"/v2/follow_ups?incident_id={other}");
        var (_, tests) = await _harness.GetAsync("/v2/follow_ups?incident_mode=test");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body["follow_ups"]!.AsArray().Select(f => (string?)f!["id"]), Is.EqualTo(new List<string> { mine }));
            Assert.That(tests["follow_ups"]!.AsArray(), Is.Empty, "every follow-up here belongs to a standard incident");
        }
    }

    private async Task<string> CreateAsync(JsonObject extra, string? incidentId = null)
    {
        extra["incident_id"] = incidentId ?? _incidentId;
        extra["title"] = "Follow up";
        using var response = await _harness.PostAsync("/v2/follow_ups", extra);
        return (string)(await JsonBody.ReadAsync(response))["follow_up"]!["id"]!;
    }
}
