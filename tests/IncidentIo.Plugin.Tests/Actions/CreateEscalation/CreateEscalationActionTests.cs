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
            Assert.That(error.Message, Is.EqualTo(
                "give escalation_path_id or user_ids, not both: incident.io pages either through a path or the users directly"));
            Assert.That(error.Details.Single().Field, Is.EqualTo("/escalation_path_id"));
            Assert.That(error.Details.Single().Code, Is.EqualTo("not_allowed"));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_NeitherPathNorUsers_IsOneErrorWithoutRequest()
    {
        var error = await ActionRuns.ErrorAsync(new CreateEscalationAction(Clients), Stub.Connection(), new { title = "t", user_ids = Array.Empty<string>() });

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("give escalation_path_id (page through an escalation path) or user_ids (page people directly)"));
            Assert.That(error.Details.Single().Field, Is.EqualTo("/escalation_path_id"));
            Assert.That(error.Details.Single().Code, Is.EqualTo("is_required"));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_BlankPathWithUsers_PagesTheUsers()
    {
        Stub.Returns("POST", "/v2/escalations", 201, EscalationBodies.Created);

        await ActionRuns.OutputAsync(new CreateEscalationAction(Clients), Stub.Connection(), new { title = "t", escalation_path_id = "  ", user_ids = new[] { "U1" } });

        Assert.That(Stub.LastRequest.Json()["user_ids"]!.AsArray().Select(u => (string?)u), Is.EqualTo(new[] { "U1" }));
    }

    [Test]
    public async Task ExecuteAsync_OwnIdempotencyKey_IsSentAsGivenAndMakesA503Retried()
    {
        Stub.ReturnsInTurn("POST", "/v2/escalations", r => r.WithStatusCode(503), r => r.WithStatusCode(201).WithBody(EscalationBodies.Created));

        await ActionRuns.OutputAsync(new CreateEscalationAction(Clients), Stub.Connection(), new { title = "t", user_ids = new[] { "U1" }, idempotency_key = "page-42" });

        Assert.Multiple(() =>
        {
            Assert.That((string?)Stub.LastRequest.Json()["idempotency_key"], Is.EqualTo("page-42"));
            Assert.That(Stub.RequestCount, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task ExecuteAsync_InputNotAnObject_IsValidationFailedWithoutRequest()
    {
        await ActionRuns.NotAnObjectAsync(new CreateEscalationAction(Clients), Stub.Connection());

        Assert.That(Stub.RequestCount, Is.Zero);
    }
}
