using IncidentIo.Plugin.Actions.ListEscalationPaths;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.ListEscalationPaths;

[TestFixture]
public sealed class ListEscalationPathsActionTests : StubFixture
{
    private const string Page = """
        {"escalation_paths":[{"id":"EP1","name":"Urgent Support","path":[],"team_ids":["T1"]}],"pagination_meta":{"page_size":25,"after":"EP1"}}
        """;

    [Test]
    public async Task ExecuteAsync_NoInput_AsksForTheLargestPageAndReturnsThePathsAndCursor()
    {
        Stub.Returns("GET", "/v2/escalation_paths", 200, Page);

        var output = await ActionRuns.OutputAsync(new ListEscalationPathsAction(Clients), Stub.Connection());

        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.RawQuery, Is.EqualTo("?page_size=25"));
            Assert.That((string?)output["escalation_paths"]![0]!["name"], Is.EqualTo("Urgent Support"));
            Assert.That((string?)output["next_cursor"], Is.EqualTo("EP1"));
            Assert.That(Schemas.Errors(ActionManifests.Load("list-escalation-paths")["output"]!, output), Is.Empty);
        });
    }

    [Test]
    public async Task ExecuteAsync_PageSizeAndCursor_AreSent()
    {
        Stub.Returns("GET", "/v2/escalation_paths", 200, """{"escalation_paths":[]}""");

        var output = await ActionRuns.OutputAsync(new ListEscalationPathsAction(Clients), Stub.Connection(), new { page_size = 5, after = "EP1" });

        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.RawQuery, Is.EqualTo("?page_size=5&after=EP1"));
            Assert.That(output.ContainsKey("next_cursor"), Is.False);
        });
    }

    [Test]
    public async Task ExecuteAsync_PageSizeOverTheSpecsMaximum_IsRefusedWithoutRequest()
    {
        var error = await ActionRuns.ErrorAsync(new ListEscalationPathsAction(Clients), Stub.Connection(), new { page_size = ListEscalationPathsAction.MaxPageSize + 1 });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Details, Is.EqualTo(new[] { new ActionErrorDetail("/page_size", "must be an integer from 1 to 25", "out_of_range") }));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_NotAnObject_IsValidationFailedWithoutRequest()
    {
        var error = await ActionRuns.ErrorAsync(new ListEscalationPathsAction(Clients), Stub.Connection(), new[] { 1 });

        Assert.Multiple(() =>
        {
            Assert.That(error.Details.Single().Field, Is.Empty);
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }
}
