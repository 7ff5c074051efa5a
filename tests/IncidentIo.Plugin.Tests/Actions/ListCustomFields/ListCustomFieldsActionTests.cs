using System.Web;
using IncidentIo.Plugin.Actions.ListCustomFields;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.ListCustomFields;

[TestFixture]
public sealed class ListCustomFieldsActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_SelectFields_CarryTheirOptionsBySortKey()
    {
        NameBodies.Stub(Stub);

        var output = await ActionRuns.OutputAsync(new ListCustomFieldsAction(Clients), Stub.Connection(), new { });

        var fields = output["custom_fields"]!.AsArray();
        var optionCalls = Stub.Server.LogEntries.Where(e => e.RequestMessage!.AbsolutePath == "/v1/custom_field_options")
            .Select(e => HttpUtility.ParseQueryString(e.RequestMessage!.RawQuery!)["custom_field_id"]).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(fields[0]!["options"]!.AsArray().Select(o => (string?)o!["value"]), Is.EqualTo(new[] { "Platform", "Product" }));
            Assert.That(fields[1]!.AsObject().ContainsKey("options"), Is.False, "a text field has no options");
            Assert.That(optionCalls, Is.EqualTo(new[] { "CF_TEAM", "CF_SERVICES" }), "catalog and non-select fields are not asked");
        });
    }

    [Test]
    public async Task ExecuteAsync_OptionPages_AreFollowedUntilTheCursorEnds()
    {
        Stub.Returns("GET", "/v2/custom_fields", 200, """{"custom_fields":[{"id":"F","name":"F","description":"","field_type":"single_select"}]}""");
        Stub.ReturnsInTurn(
            "GET",
            "/v1/custom_field_options",
            r => r.WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"custom_field_options":[{"id":"O1","value":"One","sort_key":1}],"pagination_meta":{"page_size":250,"after":"O1"}}"""),
            r => r.WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"custom_field_options":[{"id":"O2","value":"Two","sort_key":2}],"pagination_meta":{"page_size":250}}"""));

        var output = await ActionRuns.OutputAsync(new ListCustomFieldsAction(Clients), Stub.Connection(), new { });

        Assert.That(output["custom_fields"]![0]!["options"]!.AsArray().Select(o => (string?)o!["id"]), Is.EqualTo(new[] { "O1", "O2" }));
    }

    [Test]
    public async Task ExecuteAsync_WithoutOptions_IsOneCall()
    {
        NameBodies.Stub(Stub);

        var output = await ActionRuns.OutputAsync(new ListCustomFieldsAction(Clients), Stub.Connection(), new { include_options = false });

        Assert.Multiple(() =>
        {
            Assert.That(Stub.RequestCount, Is.EqualTo(1));
            Assert.That(output["custom_fields"]!.AsArray(), Has.Count.EqualTo(5));
        });
    }

    [Test]
    public async Task ExecuteAsync_OneCustomFieldId_ListsOnlyThatFieldAndReadsOnlyItsOptions()
    {
        NameBodies.Stub(Stub);

        var output = await ActionRuns.OutputAsync(new ListCustomFieldsAction(Clients), Stub.Connection(), new { custom_field_id = "CF_TEAM" });

        var optionCalls = Stub.Server.LogEntries.Count(e => e.RequestMessage!.AbsolutePath == "/v1/custom_field_options");
        Assert.Multiple(() =>
        {
            Assert.That(output["custom_fields"]!.AsArray().Select(f => (string?)f!["id"]), Is.EqualTo(new[] { "CF_TEAM" }));
            Assert.That(output["custom_fields"]![0]!["options"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(optionCalls, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ExecuteAsync_UnknownCustomFieldId_FailsNotFoundAtItsPointer()
    {
        NameBodies.Stub(Stub);

        var error = await ActionRuns.ErrorAsync(new ListCustomFieldsAction(Clients), Stub.Connection(), new { custom_field_id = "CF_NOPE" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("not_found"));
            Assert.That(error.Details.Select(d => d.Field), Is.EqualTo(new[] { "/custom_field_id" }));
            Assert.That(error.Message, Does.Contain("CF_NOPE"));
        });
    }

    [Test]
    public async Task ExecuteAsync_InputNotAnObject_IsValidationFailedWithoutRequest()
    {
        await ActionRuns.NotAnObjectAsync(new ListCustomFieldsAction(Clients), Stub.Connection());

        Assert.That(Stub.RequestCount, Is.Zero);
    }

    [Test]
    public async Task ExecuteAsync_OptionsLookupFails_IsThatError()
    {
        Stub.Returns("GET", "/v2/custom_fields", 200, NameBodies.CustomFields);
        Stub.Returns("GET", "/v1/custom_field_options", 403, IncidentIoErrorBodies.Of("authorization_error", 403, "insufficient_permissions", "no"));

        var error = await ActionRuns.ErrorAsync(new ListCustomFieldsAction(Clients), Stub.Connection());

        Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Forbidden));
    }
}
