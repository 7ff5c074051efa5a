using System.Web;
using IncidentIo.Plugin.Actions.ListSchedules;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.ListSchedules;

[TestFixture]
public sealed class ListSchedulesActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_Page_ReturnsSchedulesWithCurrentShiftsAndTheCursor()
    {
        var shift = ScheduleBodies.Entry("2024-05-01T09:00:00Z", "2024-05-08T09:00:00Z", "U1");
        Stub.Returns("GET", "/v2/schedules", 200, $$$"""
            {"schedules":[{"id":"{{{ScheduleBodies.ScheduleId}}}","name":"Platform primary","timezone":"Europe/London","team_ids":[],"permalink":"https://app.incident.io/x",
              "annotations":{},"current_shifts":[{{{shift}}}],"created_at":"2024-04-01T09:00:00Z","updated_at":"2024-04-01T09:00:00Z"}],
             "pagination_meta":{"page_size":250,"after":"{{{ScheduleBodies.ScheduleId}}}","total_record_count":2}}
            """);

        var output = await ActionRuns.OutputAsync(new ListSchedulesAction(Clients), Stub.Connection(), new { page_size = 250, after = "S0" });

        var query = HttpUtility.ParseQueryString(Stub.LastRequest.RawQuery!);
        Assert.Multiple(() =>
        {
            Assert.That(query["page_size"], Is.EqualTo("250"));
            Assert.That(query["after"], Is.EqualTo("S0"));
            Assert.That((string?)output["schedules"]![0]!["name"], Is.EqualTo("Platform primary"));
            Assert.That((string?)output["schedules"]![0]!["current_shifts"]![0]!["user"]!["id"], Is.EqualTo("U1"));
            Assert.That((string?)output["next_cursor"], Is.EqualTo(ScheduleBodies.ScheduleId));
        });
    }

    [Test]
    public async Task ExecuteAsync_NoPaginationMeta_HasNoCursor()
    {
        Stub.Returns("GET", "/v2/schedules", 200, """{"schedules":[]}""");

        var output = await ActionRuns.OutputAsync(new ListSchedulesAction(Clients), Stub.Connection(), new { });

        Assert.Multiple(() =>
        {
            Assert.That(output["schedules"]!.AsArray(), Is.Empty);
            Assert.That(output.ContainsKey("next_cursor"), Is.False);
        });
    }

    [Test]
    public async Task ExecuteAsync_PageSizeZero_IsRefusedWithoutRequest()
    {
        var error = await ActionRuns.ErrorAsync(new ListSchedulesAction(Clients), Stub.Connection(), new { page_size = 0 });

        Assert.Multiple(() =>
        {
            Assert.That(error.Details.Single().Field, Is.EqualTo("/page_size"));
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_InputNotAnObject_IsValidationFailedWithoutRequest()
    {
        await ActionRuns.NotAnObjectAsync(new ListSchedulesAction(Clients), Stub.Connection());

        Assert.That(Stub.RequestCount, Is.Zero);
    }
}
