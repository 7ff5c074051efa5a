using IncidentIo.Plugin.Actions.ListIncidentStatuses;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Actions.ListIncidentStatuses;

[TestFixture]
public sealed class ListIncidentStatusesActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_Statuses_GetsV1IncidentStatusesSortedByRankWithCategory()
    {
        Stub.Returns("GET", "/v1/incident_statuses", 200, """
            {"incident_statuses":[
              {"id":"B","name":"Fixing","description":"","rank":2,"category":"live","created_at":"2021-08-17T13:28:57Z","updated_at":"2021-08-17T13:28:57Z"},
              {"id":"A","name":"Investigating","description":"","rank":1,"category":"live","created_at":"2021-08-17T13:28:57Z","updated_at":"2021-08-17T13:28:57Z"},
              {"id":"C","name":"Closed","description":"","rank":9,"category":"closed","created_at":"2021-08-17T13:28:57Z","updated_at":"2021-08-17T13:28:57Z"}]}
            """);

        var output = await ActionRuns.OutputAsync(new ListIncidentStatusesAction(Clients), Stub.Connection());

        var statuses = output["incident_statuses"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(statuses.Select(s => (string?)s!["id"]), Is.EqualTo(new[] { "A", "B", "C" }));
            Assert.That(statuses.Select(s => (string?)s!["category"]), Is.EqualTo(new[] { "live", "live", "closed" }));
            Assert.That(Stub.LastRequest.Path, Is.EqualTo("/v1/incident_statuses"));
        });
    }

    [Test]
    public async Task ExecuteAsync_Forbidden_NamesTheOperation()
    {
        Stub.Returns("GET", "/v1/incident_statuses", 403);

        var error = await ActionRuns.ErrorAsync(new ListIncidentStatusesAction(Clients), Stub.Connection());

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("API key does not have permission to list incident statuses (403)"));
            Assert.That(error.Hint, Does.Contain("incident_statuses.view"));
        });
    }
}
