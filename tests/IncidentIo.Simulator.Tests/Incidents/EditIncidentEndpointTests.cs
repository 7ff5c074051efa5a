using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Incidents;

[TestFixture]
public sealed class EditIncidentEndpointTests : SimulatorTestBase
{
    [Test]
    public async Task HandleAsync_OnlyName_ChangesNameAndUpdatedAtAndNothingElse()
    {
        var created = await Harness.CreateAsync(SimulatorHarness.Payload("edit").With("summary", "kept"));

        var edited = await EditAsync((string)created["id"]!, new JsonObject { ["name"] = "Renamed" }, 200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)edited["name"], Is.EqualTo("Renamed"));
            Assert.That((string?)edited["summary"], Is.EqualTo("kept"));
            Assert.That((string?)edited["severity"]!["id"], Is.EqualTo(SeedIds.Minor));
            Assert.That((string?)edited["incident_status"]!["id"], Is.EqualTo((string?)created["incident_status"]!["id"]));
            Assert.That((string?)edited["updated_at"], Is.Not.EqualTo((string?)created["updated_at"]));
            Assert.That((string?)edited["created_at"], Is.EqualTo((string?)created["created_at"]));
        }
    }

    [Test]
    public async Task HandleAsync_SeverityAndStatus_AreStoredForLaterReads()
    {
        var created = await Harness.CreateAsync(SimulatorHarness.Payload("edit2"));

        await EditAsync((string)created["id"]!, new JsonObject { ["severity_id"] = SeedIds.Critical, ["incident_status_id"] = SeedIds.Fixing }, 200);

        var stored = Harness.Simulator.State.Find((string)created["id"]!)!;
        Assert.That(((string?)stored["severity"]!["name"], (string?)stored["incident_status"]!["name"]), Is.EqualTo(("Critical", "Fixing")));
    }

    [Test]
    public async Task HandleAsync_MissingNotifyIncidentChannel_Returns422()
    {
        var created = await Harness.CreateAsync(SimulatorHarness.Payload("edit3"));

        using var response = await Harness.Client.PostAsJsonAsync($"/v2/incidents/{created["id"]}/actions/edit", new JsonObject { ["incident"] = new JsonObject() });

        var body = await ErrorBody.AssertAsync(response, 422, "validation_error");
        Assert.That(body.Field(), Is.EqualTo("notify_incident_channel"));
    }

    [Test]
    public async Task HandleAsync_UnknownSeverity_Returns422OnNestedField()
    {
        var created = await Harness.CreateAsync(SimulatorHarness.Payload("edit4"));

        var body = await EditAsync((string)created["id"]!, new JsonObject { ["severity_id"] = "nope" }, 422);

        Assert.That(body.Field(), Is.EqualTo("incident.severity_id"));
    }

    [Test]
    public async Task HandleAsync_LeavingTriageWithoutSeverity_Returns422IsRequired()
    {
        var created = await Harness.CreateAsync(SimulatorHarness.Payload("edit5", severityId: null).With("incident_status_id", SeedIds.Triage));

        var body = await EditAsync((string)created["id"]!, new JsonObject { ["incident_status_id"] = SeedIds.Investigating }, 422);

        Assert.That((body.Code(), body.Field()), Is.EqualTo(("is_required", "incident.severity_id")));
    }

    [Test]
    public async Task HandleAsync_UnknownIncident_Returns404()
    {
        var body = await EditAsync("01HZZZZZZZZZZZZZZZZZZZZZZZ", new JsonObject { ["name"] = "x" }, 404);

        Assert.That(body.Code(), Is.EqualTo("not_found"));
    }

    private async Task<JsonObject> EditAsync(string id, JsonObject fields, int expectedStatus)
    {
        var request = new JsonObject { ["incident"] = fields, ["notify_incident_channel"] = false };
        using var response = await Harness.Client.PostAsJsonAsync($"/v2/incidents/{id}/actions/edit", request);
        if (expectedStatus != 200)
        {
            return await ErrorBody.AssertAsync(response, expectedStatus, expectedStatus == 404 ? "not_found" : "validation_error");
        }

        var body = await JsonBody.ReadAsync(response);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), body.ToJsonString());
        return body["incident"]!.AsObject();
    }
}
