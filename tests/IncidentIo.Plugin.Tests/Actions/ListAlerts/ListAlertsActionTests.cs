using System.Web;
using IncidentIo.Plugin.Actions.ListAlerts;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.ListAlerts;

[TestFixture]
public sealed class ListAlertsActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_Filters_AreSentInBracketFormWithTheRequiredPageSize()
    {
        Stub.Returns("GET", "/v2/alerts", 200, $$$"""{"alerts":[{{{AlertBodies.Alert()}}}],"pagination_meta":{"page_size":10,"after":"{{{AlertBodies.AlertId}}}"}}""");

        var output = await ActionRuns.OutputAsync(new ListAlertsAction(Clients), Stub.Connection(), new
        {
            status = new { one_of = new[] { "firing" } },
            deduplication_key = new Dictionary<string, string[]> { ["is"] = ["db-1-disk-full"] },
            page_size = 10,
            after = "X",
        });

        var query = HttpUtility.ParseQueryString(Stub.LastRequest.RawQuery!);
        Assert.Multiple(() =>
        {
            Assert.That(query["page_size"], Is.EqualTo("10"));
            Assert.That(query["after"], Is.EqualTo("X"));
            Assert.That(query["status[one_of]"], Is.EqualTo("firing"));
            Assert.That(query["deduplication_key[is]"], Is.EqualTo("db-1-disk-full"));
            Assert.That(output["alerts"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That((string?)output["next_cursor"], Is.EqualTo(AlertBodies.AlertId));
        });
    }

    [Test]
    public async Task ExecuteAsync_NoInput_SendsTheDefaultPageSize()
    {
        Stub.Returns("GET", "/v2/alerts", 200, """{"alerts":[],"pagination_meta":{"page_size":25}}""");

        var output = await ActionRuns.OutputAsync(new ListAlertsAction(Clients), Stub.Connection(), new { });

        Assert.Multiple(() =>
        {
            Assert.That(HttpUtility.ParseQueryString(Stub.LastRequest.RawQuery!)["page_size"], Is.EqualTo("25"));
            Assert.That(output.ContainsKey("next_cursor"), Is.False);
        });
    }

    [Test]
    public async Task ExecuteAsync_BadPageSizeAndFilter_OneDetailEachWithoutRequest()
    {
        var error = await ActionRuns.ErrorAsync(new ListAlertsAction(Clients), Stub.Connection(), new { page_size = 51, status = "firing" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Details.Select(d => d.Field), Is.EquivalentTo(new[] { "/page_size", "/status" }));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_InputNotAnObject_IsValidationFailedWithoutRequest()
    {
        await ActionRuns.NotAnObjectAsync(new ListAlertsAction(Clients), Stub.Connection());

        Assert.That(Stub.RequestCount, Is.Zero);
    }
}
