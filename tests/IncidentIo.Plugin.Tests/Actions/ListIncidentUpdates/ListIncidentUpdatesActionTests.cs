using System.Web;
using IncidentIo.Plugin.Actions.ListIncidentUpdates;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.ListIncidentUpdates;

[TestFixture]
public sealed class ListIncidentUpdatesActionTests : StubFixture
{
    private const string Page = """
        {"incident_updates":[{"id":"UP1","incident_id":"I1","message":"Rolled back","new_incident_status":{"id":"S1","name":"Fixing","category":"live"},
          "updater":{"api_key":{"id":"K","name":"Key"}},"created_at":"2024-05-01T10:00:00.000000Z"}],"pagination_meta":{"page_size":1,"after":"UP1"}}
        """;

    [Test]
    public async Task ExecuteAsync_IncidentAndPage_AreSentAndTheCursorReturned()
    {
        Stub.Returns("GET", "/v2/incident_updates", 200, Page);

        var output = await ActionRuns.OutputAsync(new ListIncidentUpdatesAction(Clients), Stub.Connection(), new { incident_id = "I1", page_size = 1 });

        var query = HttpUtility.ParseQueryString(Stub.LastRequest.RawQuery!);
        Assert.Multiple(() =>
        {
            Assert.That(query["incident_id"], Is.EqualTo("I1"));
            Assert.That(query["page_size"], Is.EqualTo("1"));
            Assert.That((string?)output["incident_updates"]![0]!["new_incident_status"]!["name"], Is.EqualTo("Fixing"));
            Assert.That((string?)output["next_cursor"], Is.EqualTo("UP1"));
        });
    }

    [Test]
    public async Task ExecuteAsync_PageSizeOver250_IsRefusedWithoutRequest()
    {
        var error = await ActionRuns.ErrorAsync(new ListIncidentUpdatesAction(Clients), Stub.Connection(), new { page_size = 251 });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Details.Single().Field, Is.EqualTo("/page_size"));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_NoInput_AsksForOnePageOf25ForEveryIncident()
    {
        Stub.Returns("GET", "/v2/incident_updates", 200, """{"incident_updates":[]}""");

        var output = await ActionRuns.OutputAsync(new ListIncidentUpdatesAction(Clients), Stub.Connection(), new { incident_id = " " });

        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.RawQuery, Is.EqualTo("?page_size=25"));
            Assert.That(output.ContainsKey("next_cursor"), Is.False);
        });
    }

    [Test]
    public async Task ExecuteAsync_PaddedIncident_IsSentTrimmed()
    {
        Stub.Returns("GET", "/v2/incident_updates", 200, """{"incident_updates":[]}""");

        await ActionRuns.OutputAsync(new ListIncidentUpdatesAction(Clients), Stub.Connection(), new { incident_id = " I1 " });

        Assert.That(HttpUtility.ParseQueryString(Stub.LastRequest.RawQuery!)["incident_id"], Is.EqualTo("I1"));
    }
}
