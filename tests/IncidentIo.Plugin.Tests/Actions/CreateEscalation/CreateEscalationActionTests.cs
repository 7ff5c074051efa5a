using IncidentIo.Plugin.Actions.CreateEscalation;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.CreateEscalation;

[TestFixture]
public sealed class CreateEscalationActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_Path_PostsWithADerivedIdempotencyKeyAndReads201()
    {
        Stub.Returns("POST", "/v2/escalations", 201, EscalationBodies.Created);
        var run = new RunInfo("run-1", "page", 1);

        var output = await ActionRuns.OutputAsync(new CreateEscalationAction(Clients), Stub.Connection(), new { title = "Disk full", escalation_path_id = "P1" }, run);

        var sent = Stub.LastRequest.Json();
        Assert.Multiple(() =>
        {
            Assert.That((string?)sent["escalation_path_id"], Is.EqualTo("P1"));
            Assert.That((string?)sent["idempotency_key"], Does.StartWith("wf-").And.Length.EqualTo(35));
            Assert.That(sent.ContainsKey("user_ids"), Is.False);
            Assert.That((string?)output["escalation"]!["status"], Is.EqualTo("triggered"));
        });
    }

    [Test]
    public async Task ExecuteAsync_SameRunAndStepTwice_SendsTheSameKey()
    {
        Stub.Returns("POST", "/v2/escalations", 201, EscalationBodies.Created);
        var run = new RunInfo("run-1", "page", 1);

        await ActionRuns.OutputAsync(new CreateEscalationAction(Clients), Stub.Connection(), new { title = "t", user_ids = new[] { "U1" } }, run);
        await ActionRuns.OutputAsync(new CreateEscalationAction(Clients), Stub.Connection(), new { title = "t", user_ids = new[] { "U1" } }, run with { Attempt = 2 });

        var keys = Stub.Server.LogEntries.Select(e => (string?)System.Text.Json.Nodes.JsonNode.Parse(e.RequestMessage!.Body!)!["idempotency_key"]).ToList();
        Assert.That(keys.Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task ExecuteAsync_PathAndUsers_IsOneErrorWithoutRequest()
    {
        var error = await ActionRuns.ErrorAsync(new CreateEscalationAction(Clients), Stub.Connection(), new { title = "t", escalation_path_id = "P1", user_ids = new[] { "U1" } });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Message, Does.Contain("not both"));
            Assert.That(error.Details.Single().Field, Is.EqualTo("/escalation_path_id"));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_NeitherPathNorUsers_IsOneErrorWithoutRequest()
    {
        var error = await ActionRuns.ErrorAsync(new CreateEscalationAction(Clients), Stub.Connection(), new { title = "t", user_ids = Array.Empty<string>() });

        Assert.Multiple(() =>
        {
            Assert.That(error.Details.Single().Code, Is.EqualTo("is_required"));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }
}
