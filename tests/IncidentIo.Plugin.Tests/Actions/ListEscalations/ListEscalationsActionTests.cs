using System.Web;
using IncidentIo.Plugin.Actions.ListEscalations;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.ListEscalations;

[TestFixture]
public sealed class ListEscalationsActionTests : StubFixture
{
    private static string Page(string? after) =>
        $$$"""{"escalations":[{{{EscalationBodies.Created.Trim()[(EscalationBodies.Created.IndexOf(':') + 1)..^1]}}}],"pagination_meta":{"page_size":10{{{(after is null ? "" : $",\"after\":\"{after}\"")}}}}}""";

    [Test]
    public async Task ExecuteAsync_Filters_AreSentInBracketForm()
    {
        Stub.Returns("GET", "/v2/escalations", 200, Page(EscalationBodies.Id));

        var output = await ActionRuns.OutputAsync(new ListEscalationsAction(Clients), Stub.Connection(), new
        {
            status = new { one_of = new[] { "triggered", "acked" } },
            escalation_path = new { not_in = new[] { "P1" } },
            idempotency_key = new { one_of = new[] { "wf-1" } },
            created_at = new { gte = new[] { "2024-05-01" } },
            page_size = 10,
        });

        var query = HttpUtility.ParseQueryString(Stub.LastRequest.RawQuery!);
        Assert.Multiple(() =>
        {
            Assert.That(query.GetValues("status[one_of]"), Is.EqualTo(new[] { "triggered", "acked" }));
            Assert.That(query["escalation_path[not_in]"], Is.EqualTo("P1"));
            Assert.That(query["idempotency_key[one_of]"], Is.EqualTo("wf-1"));
            Assert.That(query["created_at[gte]"], Is.EqualTo("2024-05-01"));
            Assert.That(query["page_size"], Is.EqualTo("10"));
            Assert.That((string?)output["escalations"]![0]!["id"], Is.EqualTo(EscalationBodies.Id));
            Assert.That((string?)output["next_cursor"], Is.EqualTo(EscalationBodies.Id));
        });
    }

    [Test]
    public async Task ExecuteAsync_LastPage_HasNoCursorAndTheDefaultPageSize()
    {
        Stub.Returns("GET", "/v2/escalations", 200, Page(null));

        var output = await ActionRuns.OutputAsync(new ListEscalationsAction(Clients), Stub.Connection(), new { });

        Assert.Multiple(() =>
        {
            Assert.That(HttpUtility.ParseQueryString(Stub.LastRequest.RawQuery!)["page_size"], Is.EqualTo("25"));
            Assert.That(output.ContainsKey("next_cursor"), Is.False);
        });
    }

    [Test]
    public async Task ExecuteAsync_PageSizeOverFiftyAndFilterNotAnObject_OneDetailEachWithoutRequest()
    {
        var error = await ActionRuns.ErrorAsync(new ListEscalationsAction(Clients), Stub.Connection(), new { page_size = 51, incident = "I" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Details.Select(d => d.Field), Is.EquivalentTo(new[] { "/page_size", "/incident" }));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_InputNotAnObject_IsValidationFailedWithoutRequest()
    {
        await ActionRuns.NotAnObjectAsync(new ListEscalationsAction(Clients), Stub.Connection());

        Assert.That(Stub.RequestCount, Is.Zero);
    }
}
