using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.IncidentUpdates;

[TestFixture]
public sealed class IncidentUpdateEndpointsTests
{
    [Test]
    public async Task List_EditsThatMoveStatusOrSeverity_EachRecordOneUpdateNewestFirst()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var id = (string)(await harness.CreateAsync(SimulatorHarness.Payload("updates")))["id"]!;

        await EditAsync(harness, id, new JsonObject { ["incident_status_id"] = SeedIds.Fixing });
        await EditAsync(harness, id, new JsonObject { ["summary"] = "no move" });
        await EditAsync(harness, id, new JsonObject { ["severity_id"] = SeedIds.Critical });
        var (status, body) = await harness.GetAsync($"/v2/incident_updates?incident_id={id}");

        var updates = body["incident_updates"]!.AsArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(updates, Has.Count.EqualTo(2));
            Assert.That((string?)updates[0]!["new_severity"]!["id"], Is.EqualTo(SeedIds.Critical));
            Assert.That((string?)updates[1]!["new_incident_status"]!["id"], Is.EqualTo(SeedIds.Fixing));
            Assert.That((string?)updates[1]!["updater"]!["api_key"]!["name"], Is.Not.Empty);
        }
    }

    [TestCase("page_size=251")]
    [TestCase("after=01JDA0000000000000000NOPE0")]
    public async Task List_BadQuery_Returns422(string query)
    {
        await using var harness = await SimulatorHarness.StartAsync();

        var (status, _) = await harness.GetAsync("/v2/incident_updates?" + query);

        Assert.That(status, Is.EqualTo(422));
    }

    private static async Task EditAsync(SimulatorHarness harness, string id, JsonObject fields)
    {
        using var response = await harness.Client.PostAsJsonAsync($"/v2/incidents/{id}/actions/edit", new JsonObject { ["incident"] = fields, ["notify_incident_channel"] = false });
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }
}
