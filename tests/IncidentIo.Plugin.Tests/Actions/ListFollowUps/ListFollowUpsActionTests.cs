using System.Web;
using IncidentIo.Plugin.Actions.ListFollowUps;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Actions.ListFollowUps;

[TestFixture]
public sealed class ListFollowUpsActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_Filters_AreSentAsPlainParameters()
    {
        var followUp = EscalationBodies.FollowUp.Trim()["{\"follow_up\":".Length..^1];
        Stub.Returns("GET", "/v2/follow_ups", 200, $$$"""{"follow_ups":[{{{followUp}}}]}""");

        var output = await ActionRuns.OutputAsync(new ListFollowUpsAction(Clients), Stub.Connection(), new { incident_id = " I1 ", incident_mode = "test", assignee_team_id = "" });

        var query = HttpUtility.ParseQueryString(Stub.LastRequest.RawQuery!);
        Assert.Multiple(() =>
        {
            Assert.That(query["incident_id"], Is.EqualTo("I1"));
            Assert.That(query["incident_mode"], Is.EqualTo("test"));
            Assert.That(query.AllKeys, Does.Not.Contain("assignee_team_id"), "a blank filter is left out");
            Assert.That((string?)output["follow_ups"]![0]!["id"], Is.EqualTo("F1"));
        });
    }

    [Test]
    public async Task ExecuteAsync_TeamFilter_IsSentTrimmedAndNoOtherParameter()
    {
        Stub.Returns("GET", "/v2/follow_ups", 200, """{"follow_ups":[]}""");

        await ActionRuns.OutputAsync(new ListFollowUpsAction(Clients), Stub.Connection(), new { assignee_team_id = " T1 ", incident_id = "  " });

        Assert.That(Stub.LastRequest.RawQuery, Is.EqualTo("?assignee_team_id=T1"));
    }
}
