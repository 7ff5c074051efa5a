using System.Text.Json.Nodes;
using IncidentIo.Plugin.Actions.ConnectFollowUpIssue;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.ConnectFollowUpIssue;

[TestFixture]
public sealed class ConnectFollowUpIssueActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_Issue_PostsProviderAndUrlOnly()
    {
        Stub.Returns("POST", "/v2/follow_ups/F1/actions/connect_external_issue", 200, EscalationBodies.FollowUp);

        var output = await ActionRuns.OutputAsync(new ConnectFollowUpIssueAction(Clients), Stub.Connection(), new { follow_up_id = "F1", provider = "linear", url = "https://linear.app/acme/issue/OPS-42" });

        Assert.Multiple(() =>
        {
            Assert.That(JsonNode.DeepEquals(Stub.LastRequest.Json(), JsonNode.Parse("""{"provider":"linear","url":"https://linear.app/acme/issue/OPS-42"}""")), Is.True);
            Assert.That((string?)output["follow_up"]!["id"], Is.EqualTo("F1"));
        });
    }

    [Test]
    public async Task ExecuteAsync_ServerError_IsNotRetried()
    {
        Stub.Returns("POST", "/v2/follow_ups/F1/actions/connect_external_issue", 503, IncidentIoErrorBodies.Of("service_unavailable", 503, "service_unavailable", "Try later"));

        var error = await ActionRuns.ErrorAsync(new ConnectFollowUpIssueAction(Clients), Stub.Connection(), new { follow_up_id = "F1", provider = "jira", url = "https://acme.atlassian.net/browse/OPS-1" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ServerError));
            Assert.That(Stub.RequestCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ExecuteAsync_MissingUrl_NamesItWithoutRequest()
    {
        var error = await ActionRuns.ErrorAsync(new ConnectFollowUpIssueAction(Clients), Stub.Connection(), new { follow_up_id = "F1", provider = "jira" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Details.Single().Field, Is.EqualTo("/url").Or.EqualTo(""));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_NoFollowUpId_IsValidationFailedSayingWhatItTakes()
    {
        var error = await ActionRuns.ErrorAsync(new ConnectFollowUpIssueAction(Clients), Stub.Connection(), new { provider = "jira" });

        Assert.Multiple(() =>
        {
            Assert.That((error.Code, error.Message), Is.EqualTo((ActionErrorCodes.ValidationFailed, "follow_up_id is required: the follow-up's id")));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_UnknownFollowUp_IsNotFoundNamingIt()
    {
        Stub.Returns("POST", "/v2/follow_ups/*/actions/connect_external_issue", 404, IncidentIoErrorBodies.Of("not_found", 404, "not_found", "Not found"));

        var error = await ActionRuns.ErrorAsync(new ConnectFollowUpIssueAction(Clients), Stub.Connection(), new { follow_up_id = "F404", provider = "jira", url = "https://acme.atlassian.net/browse/OPS-1" });

        Assert.That((error.Code, error.Message), Is.EqualTo((ActionErrorCodes.NotFound, "incident.io has no follow-up \"F404\" (404)")));
    }
}
