using System.Text.Json.Nodes;
using IncidentIo.Plugin.Actions.UpdateFollowUp;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.UpdateFollowUp;

[TestFixture]
public sealed class UpdateFollowUpActionTests : StubFixture
{
    private const string Current = """
        {"follow_up":{"id":"F1","incident_id":"I1","title":"Alert earlier","status":"outstanding","description":"Look at disk","labels":["monitoring"],
         "assignee":{"id":"U1","name":"Alice"},"assignee_team":{"id":"T1","name":"Platform"},"priority":{"id":"P1","name":"High","rank":1},
         "creator":{},"created_at":"2024-05-01T09:30:00.000000Z","updated_at":"2024-05-01T09:30:00.000000Z"}}
        """;

    [Test]
    public async Task ExecuteAsync_OneField_PutsTheWholeCurrentStateWithThatFieldChanged()
    {
        Stub.Returns("GET", "/v2/follow_ups/F1", 200, Current);
        Stub.Returns("PUT", "/v2/follow_ups/F1", 200, EscalationBodies.FollowUp);

        var output = await ActionRuns.OutputAsync(new UpdateFollowUpAction(Clients), Stub.Connection(), new { follow_up_id = "F1", status = "completed" });

        var sent = Stub.LastRequest.Json();
        var expected = JsonNode.Parse("""
            {"title":"Alert earlier","status":"completed","labels":["monitoring"],"description":"Look at disk",
             "assignee_id":"U1","assignee_team_id":"T1","follow_up_priority_option_id":"P1"}
            """);
        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.Method, Is.EqualTo("PUT"));
            Assert.That(JsonNode.DeepEquals(sent, expected), Is.True, sent.ToJsonString());
            Assert.That((string?)output["follow_up"]!["id"], Is.EqualTo("F1"));
        });
    }

    [Test]
    public async Task ExecuteAsync_NullAssignee_IsSentAsAnExplicitNull()
    {
        Stub.Returns("GET", "/v2/follow_ups/F1", 200, Current);
        Stub.Returns("PUT", "/v2/follow_ups/F1", 200, EscalationBodies.FollowUp);

        await ActionRuns.OutputAsync(new UpdateFollowUpAction(Clients), Stub.Connection(), new Dictionary<string, object?> { ["follow_up_id"] = "F1", ["assignee_id"] = null, ["labels"] = new[] { "x" } });

        var sent = Stub.LastRequest.Json().AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(sent.ContainsKey("assignee_id") && sent["assignee_id"] is null, Is.True, sent.ToJsonString());
            Assert.That(sent["labels"]!.AsArray().Select(l => (string?)l), Is.EqualTo(new[] { "x" }));
            Assert.That((string?)sent["assignee_team_id"], Is.EqualTo("T1"));
        });
    }

    [Test]
    public async Task ExecuteAsync_NothingToChange_ListsTheFieldsWithoutRequest()
    {
        const string Fields = "title, status, description, assignee_id, assignee_team_id, follow_up_priority_option_id, follow_up_category_id, labels";
        var error = await ActionRuns.ErrorAsync(new UpdateFollowUpAction(Clients), Stub.Connection(), new { follow_up_id = "F1" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Message, Is.EqualTo("Nothing to change: give at least one of " + Fields));
            var detail = error.Details.Single();
            Assert.That((detail.Field, detail.Message, detail.Code), Is.EqualTo(("", "give at least one of: " + Fields, "required")));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_UnknownFollowUp_IsNotFoundAndPutsNothing()
    {
        Stub.Returns("GET", "/v2/follow_ups/F404", 404, IncidentIoErrorBodies.Of("not_found", 404, "not_found", "Not found"));

        var error = await ActionRuns.ErrorAsync(new UpdateFollowUpAction(Clients), Stub.Connection(), new { follow_up_id = "F404", title = "x" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.NotFound));
            Assert.That(error.Message, Does.Contain("follow-up \"F404\""));
            Assert.That(Stub.RequestCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ExecuteAsync_NoFollowUpId_IsValidationFailedNamingItWithoutRequest()
    {
        var error = await ActionRuns.ErrorAsync(new UpdateFollowUpAction(Clients), Stub.Connection(), new { title = "x" });

        Assert.Multiple(() =>
        {
            Assert.That((error.Code, error.Message), Is.EqualTo((ActionErrorCodes.ValidationFailed, "follow_up_id is required: the follow-up's id")));
            Assert.That(error.Details.Single().Field, Is.EqualTo("/follow_up_id"));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_CurrentHasNoLabels_SendsAnEmptyList()
    {
        Stub.Returns("GET", "/v2/follow_ups/F1", 200, Current.Replace("\"labels\":[\"monitoring\"],", "", StringComparison.Ordinal));
        Stub.Returns("PUT", "/v2/follow_ups/F1", 200, EscalationBodies.FollowUp);

        await ActionRuns.OutputAsync(new UpdateFollowUpAction(Clients), Stub.Connection(), new { follow_up_id = "F1", title = "New" });

        var sent = Stub.LastRequest.Json();
        Assert.That((sent["labels"]!.AsArray().Count, (string?)sent["title"]), Is.EqualTo((0, "New")));
    }
}
