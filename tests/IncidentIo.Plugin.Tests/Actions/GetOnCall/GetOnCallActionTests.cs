using System.Web;
using IncidentIo.Plugin.Actions.GetOnCall;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Tests.Support;
using WireMock.ResponseBuilders;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.GetOnCall;

[TestFixture]
public sealed class GetOnCallActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_GivenTime_AsksForOneSecondAndKeepsOnlyTheShiftsCoveringIt()
    {
        Stub.Returns("GET", "/v2/schedule_entries", 200, ScheduleBodies.Entries(
            null,
            ScheduleBodies.Entry("2024-05-01T00:00:00Z", "2024-05-01T09:30:00Z", "U0", "Ended"),
            ScheduleBodies.Entry("2024-05-01T09:30:00Z", "2024-05-02T09:00:00Z", "U1", "Alice"),
            ScheduleBodies.Entry("2024-05-01T09:00:00Z", "2024-05-08T09:00:00Z", "U1", "Alice"),
            ScheduleBodies.Entry("2024-05-01T09:00:00Z", "2024-05-08T09:00:00Z", null)));

        var output = await ActionRuns.OutputAsync(new GetOnCallAction(Clients), Stub.Connection(), new { schedule_id = ScheduleBodies.ScheduleId, at = "2024-05-01T10:30:00.250+01:00" });

        var query = HttpUtility.ParseQueryString(Stub.LastRequest.RawQuery!);
        Assert.Multiple(() =>
        {
            Assert.That(query["schedule_id"], Is.EqualTo(ScheduleBodies.ScheduleId));
            Assert.That(query["entry_window_start"], Is.EqualTo("2024-05-01T09:30:00Z"));
            Assert.That(query["entry_window_end"], Is.EqualTo("2024-05-01T09:30:01Z"));
            Assert.That((string?)output["at"], Is.EqualTo("2024-05-01T09:30:00Z"));
            Assert.That(output["users"]!.AsArray().Select(u => (string?)u!["id"]), Is.EqualTo(new[] { "U1" }));
            Assert.That(output["entries"]!.AsArray(), Has.Count.EqualTo(3), "the ended shift is left out; the unfilled one stays");
        });
    }

    [Test]
    public async Task ExecuteAsync_NoTime_AsksAtTheClocksNow()
    {
        using var clients = new IncidentIoClientFactory(IncidentIoStub.FastOptions with { TimeProvider = new FixedClock(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero)) });
        Stub.Returns("GET", "/v2/schedule_entries", 200, ScheduleBodies.Entries(null));

        var output = await ActionRuns.OutputAsync(new GetOnCallAction(clients), Stub.Connection(), new { schedule_id = ScheduleBodies.ScheduleId });

        Assert.Multiple(() =>
        {
            Assert.That(HttpUtility.ParseQueryString(Stub.LastRequest.RawQuery!)["entry_window_start"], Is.EqualTo("2024-05-01T09:30:00Z"));
            Assert.That(output["users"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task ExecuteAsync_TimeCursor_IsPassedBackAsWindowStartUntilItRepeats()
    {
        Stub.ReturnsInTurn(
            "GET",
            "/v2/schedule_entries",
            r => Json(r, ScheduleBodies.Entries("cursor-1", ScheduleBodies.Entry("2024-05-01T09:00:00Z", "2024-05-02T09:00:00Z", "U1"))),
            r => Json(r, ScheduleBodies.Entries("cursor-1", ScheduleBodies.Entry("2024-05-01T09:00:00Z", "2024-05-02T09:00:00Z", "U2", "Bob"))),
            r => Json(r, ScheduleBodies.Entries(null)));

        var output = await ActionRuns.OutputAsync(new GetOnCallAction(Clients), Stub.Connection(), new { schedule_id = ScheduleBodies.ScheduleId, at = "2024-05-01T09:30:00Z" });

        var starts = Stub.Server.LogEntries.Select(e => HttpUtility.ParseQueryString(e.RequestMessage!.RawQuery!)["entry_window_start"]).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(starts, Is.EqualTo(new[] { "2024-05-01T09:30:00Z", "cursor-1" }), "a cursor seen before ends the walk");
            Assert.That(output["users"]!.AsArray().Select(u => (string?)u!["id"]), Is.EqualTo(new[] { "U1", "U2" }));
        });
    }

    [Test]
    public async Task ExecuteAsync_BadTimeOrBlankSchedule_IsRefusedWithoutRequest()
    {
        var badTime = await ActionRuns.ErrorAsync(new GetOnCallAction(Clients), Stub.Connection(), new { schedule_id = "S", at = "tomorrow" });
        var blank = await ActionRuns.ErrorAsync(new GetOnCallAction(Clients), Stub.Connection(), new { schedule_id = " " });

        Assert.Multiple(() =>
        {
            Assert.That(badTime.Details.Single().Field, Is.EqualTo("/at"));
            Assert.That(blank.Details.Single().Field, Is.EqualTo("/schedule_id"));
            Assert.That(badTime.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_UnknownSchedule_IsNotFoundNamingIt()
    {
        Stub.Returns("GET", "/v2/schedule_entries", 404, IncidentIoErrorBodies.Of("not_found", 404, "not_found", "Not found"));

        var error = await ActionRuns.ErrorAsync(new GetOnCallAction(Clients), Stub.Connection(), new { schedule_id = "S404" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.NotFound));
            Assert.That(error.Message, Does.Contain("schedule \"S404\""));
        });
    }

    [Test]
    public async Task ExecuteAsync_CursorNeverRepeating_StopsAfterMaxPages()
    {
        Stub.ReturnsInTurn(
            "GET",
            "/v2/schedule_entries",
            [.. Enumerable.Range(1, GetOnCallAction.MaxPages + 2).Select(i => (Func<IResponseBuilder, IResponseBuilder>)(r => Json(r, ScheduleBodies.Entries($"cursor-{i}"))))]);

        await ActionRuns.OutputAsync(new GetOnCallAction(Clients), Stub.Connection(), new { schedule_id = ScheduleBodies.ScheduleId, at = "2024-05-01T09:30:00Z" });

        Assert.That(Stub.RequestCount, Is.EqualTo(GetOnCallAction.MaxPages));
    }

    [Test]
    public async Task ExecuteAsync_EmptyCursor_EndsTheWalk()
    {
        Stub.Returns("GET", "/v2/schedule_entries", 200, ScheduleBodies.Entries(""));

        await ActionRuns.OutputAsync(new GetOnCallAction(Clients), Stub.Connection(), new { schedule_id = ScheduleBodies.ScheduleId, at = "2024-05-01T09:30:00Z" });

        Assert.That(Stub.RequestCount, Is.EqualTo(1));
    }

    [TestCase("\"tomorrow\"", TestName = "ExecuteAsync_AtNotADate_IsAFormatErrorAtAt")]
    [TestCase("1714555800", TestName = "ExecuteAsync_AtANumber_IsAFormatErrorAtAt")]
    public async Task ExecuteAsync_AtNotADateTime_IsAFormatErrorAtAt(string at)
    {
        var input = System.Text.Json.Nodes.JsonNode.Parse($$"""{"schedule_id":"S","at":{{at}}}""");

        var error = await ActionRuns.ErrorAsync(new GetOnCallAction(Clients), Stub.Connection(), input);

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("at must be a date-time such as 2024-05-01T09:30:00Z"));
            Assert.That(error.Details, Is.EqualTo(new[] { new ActionErrorDetail("/at", "must be an RFC 3339 date-time", "format") }));
        });
    }

    [Test]
    public async Task ExecuteAsync_AtNull_AsksAtTheClocksNow()
    {
        using var clients = new IncidentIoClientFactory(IncidentIoStub.FastOptions with { TimeProvider = new FixedClock(new DateTimeOffset(2024, 5, 1, 9, 30, 0, 900, TimeSpan.Zero)) });
        Stub.Returns("GET", "/v2/schedule_entries", 200, ScheduleBodies.Entries(null));

        await ActionRuns.OutputAsync(new GetOnCallAction(clients), Stub.Connection(), new { schedule_id = ScheduleBodies.ScheduleId, at = (string?)null });

        Assert.That(HttpUtility.ParseQueryString(Stub.LastRequest.RawQuery!)["entry_window_start"], Is.EqualTo("2024-05-01T09:30:00Z"));
    }

    private static IResponseBuilder Json(IResponseBuilder response, string body) =>
        response.WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Test]
    public async Task ExecuteAsync_NoScheduleId_SaysWhereToFindOne()
    {
        var error = await ActionRuns.ErrorAsync(new GetOnCallAction(Clients), Stub.Connection(), new { });

        Assert.That((error.Code, error.Message), Is.EqualTo((ActionErrorCodes.ValidationFailed, "schedule_id is required: the schedule's id (list_schedules)")));
    }

    [Test]
    public async Task ExecuteAsync_UnreadableEntry_IsLeftOutWithAWarning()
    {
        Stub.Returns("GET", "/v2/schedule_entries", 200, ScheduleBodies.Entries(
            null,
            ScheduleBodies.Entry("2024-05-01T09:00:00Z", "2024-05-08T09:00:00Z", "U1"),
            """{"start_at":5}"""));

        var result = await new GetOnCallAction(Clients).ExecuteAsync(
            Connections.Context(Stub.Connection(), new { schedule_id = ScheduleBodies.ScheduleId, at = "2024-05-01T10:00:00Z" }), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsSuccess, Is.True);
            Assert.That(result.Warnings.Select(w => w.Field), Is.EqualTo(new[] { "/schedule_entries/final/1" }));
        });
    }
}
