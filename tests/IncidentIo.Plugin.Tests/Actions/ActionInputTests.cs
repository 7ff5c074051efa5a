using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentIo.Plugin.Actions;
using IncidentIo.Plugin.Actions.CallApi;
using IncidentIo.Plugin.Actions.CreateIncident;
using IncidentIo.Plugin.Actions.ListIncidents;
using IncidentIo.Plugin.Actions.UpdateIncident;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions;

[TestFixture]
public sealed class ActionInputTests : StubFixture
{
    private static readonly string[] NotObjects = ["[]", "\"x\"", "null", "1", "true"];

    [TestCaseSource(nameof(NotObjects))]
    public void TryObject_NotAnObject_IsValidationFailedNamingTheWholeInput(string json)
    {
        var ok = ActionInput.TryObject(JsonDocument.Parse(json).RootElement, out var node, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.False);
            Assert.That(node, Is.Null);
            Assert.That(error!.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Message, Is.EqualTo("The input must be a JSON object"));
            Assert.That(error.Hint, Is.EqualTo("Correct the input named in the details and run the step again."));
            Assert.That(error.Details, Is.EqualTo(new[] { new ActionErrorDetail("", "must be an object", "invalid_type") }));
        });
    }

    [Test]
    public void TryObject_MemberNameEscapingALoneSurrogate_IsValidationFailedNotThrown()
    {
        var ok = ActionInput.TryObject(JsonDocument.Parse("""{"title":"a","x\uDFFF":1}""").RootElement, out var node, out var error);

        Assert.Multiple(() =>
        {
            Assert.That((ok, node), Is.EqualTo((false, (JsonObject?)null)));
            Assert.That(error!.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Message, Is.EqualTo("The input has a member name that is not valid Unicode text (an escaped lone surrogate)"));
            Assert.That(error.Details, Is.EqualTo(new[] { new ActionErrorDetail("", "has a member name that is not valid Unicode text", "invalid_text") }));
        });
    }

    [Test]
    public void TryObject_MemberNamedTwice_IsValidationFailedNamingIt()
    {
        var ok = ActionInput.TryObject(JsonDocument.Parse("""{"title":"a","nested":{"x":1,"x":2}}""").RootElement, out var node, out var error);

        Assert.Multiple(() =>
        {
            Assert.That((ok, node), Is.EqualTo((false, (JsonObject?)null)));
            Assert.That(error!.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Message, Is.EqualTo("The input names the member 'x' twice in one object; give it once"));
            Assert.That(error.Details, Is.EqualTo(new[] { new ActionErrorDetail("", "names 'x' twice in one object", "duplicate_member") }));
        });
    }

    [Test]
    public void TryObject_Object_IsAnIndependentCopy()
    {
        var input = JsonDocument.Parse("""{"a":1}""").RootElement;

        var ok = ActionInput.TryObject(input, out var node, out var error);
        node!["b"] = 2;

        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.True);
            Assert.That(error, Is.Null);
            Assert.That(node.ToJsonString(), Is.EqualTo("""{"a":1,"b":2}"""));
            Assert.That(input.GetRawText(), Is.EqualTo("""{"a":1}"""));
        });
    }

    private static IEnumerable<TestCaseData> ActionsGivenNotObjects() =>
        from json in NotObjects
        from action in new[] { "create_incident", "call_api", "list_incidents" }
        select new TestCaseData(action, json).SetArgDisplayNames(action, json);

    // update_incident reads incident_id first, so a non-object is reported there (/incident_id).
    [TestCaseSource(nameof(ActionsGivenNotObjects))]
    public async Task ExecuteAsync_NotAnObject_IsValidationFailedWithoutAnyRequest(string action, string json)
    {
        IWorkflowAction run = action switch
        {
            "create_incident" => new CreateIncidentAction(Clients),
            "call_api" => new CallApiAction(Clients),
            _ => new ListIncidentsAction(Clients),
        };

        var error = await ActionRuns.ErrorAsync(run, Stub.Connection(), JsonDocument.Parse(json).RootElement);

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Details.Select(d => d.Field), Is.EqualTo(new[] { "" }));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [TestCaseSource(nameof(NotObjects))]
    public async Task ExecuteAsync_UpdateGivenNotAnObject_IsValidationFailedNamingIncidentId(string json)
    {
        var error = await ActionRuns.ErrorAsync(new UpdateIncidentAction(Clients), Stub.Connection(), JsonDocument.Parse(json).RootElement);

        Assert.Multiple(() =>
        {
            Assert.That(error.Details.Select(d => d.Field), Is.EqualTo(new[] { "/incident_id" }));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public void TryBind_WrongTypeDeepInside_NamesItWithAJsonPointer()
    {
        var ok = ActionInput.TryBind<Sample>(JsonNode.Parse("""{"items":[{"name":"a"},{"name":7}]}""")!, out var value, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.False);
            Assert.That(value, Is.Null);
            Assert.That(error!.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Message, Does.StartWith("The input does not have the expected shape at /items/1/name: "));
            Assert.That(error.Details.Select(d => (d.Field, d.Code)), Is.EqualTo(new[] { ("/items/1/name", "invalid_type") }));
        });
    }

    [Test]
    public void TryBind_WrongTypeAtTheTop_SaysSoWithoutAPointer()
    {
        var ok = ActionInput.TryBind<Sample>(JsonNode.Parse("[1]")!, out _, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.False);
            Assert.That(error!.Message, Does.StartWith("The input does not have the expected shape: "));
            Assert.That(error.Details.Single().Field, Is.Empty);
        });
    }

    [Test]
    public void TryBind_SnakeCaseObject_BindsIt()
    {
        var ok = ActionInput.TryBind<Sample>(JsonNode.Parse("""{"items":[{"name":"a"}],"page_size":3}""")!, out var value, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.True);
            Assert.That(error, Is.Null);
            Assert.That(value!.PageSize, Is.EqualTo(3));
            Assert.That(value.Items.Single().Name, Is.EqualTo("a"));
        });
    }

    [TestCase("$.a[0].b", "/a/0/b")]
    [TestCase("$['x.y'][12]", "/x.y/12")]
    [TestCase("$['a/b']['c~d']", "/a~1b/c~0d")]
    [TestCase("$", "")]
    [TestCase(null, "")]
    public void Pointer_JsonPath_IsTheJsonPointer(string? path, string expected) =>
        Assert.That(ActionInput.Pointer(path), Is.EqualTo(expected));

    [TestCase("\"text\"", "text")]
    [TestCase("1", null)]
    [TestCase("{}", null)]
    public void Text_Node_IsTheStringOrNull(string json, string? text) =>
        Assert.That(ActionInput.Text(JsonNode.Parse(json)), Is.EqualTo(text));

    [Test]
    public void Text_Absent_IsNull() => Assert.That(ActionInput.Text(null), Is.Null);

    [Test]
    public void TryRequiredText_PaddedText_IsTheTrimmedText()
    {
        var ok = ActionInput.TryRequiredText(JsonDocument.Parse("""{"alert_id":"  A1 "}""").RootElement, "alert_id", "the alert's id", out var value, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.True);
            Assert.That(value, Is.EqualTo("A1"));
            Assert.That(error, Is.Null);
        });
    }

    [TestCase("{}", TestName = "TryRequiredText_Missing_IsValidationFailedNamingTheField")]
    [TestCase("""{"alert_id":" "}""", TestName = "TryRequiredText_Blank_IsValidationFailedNamingTheField")]
    [TestCase("""{"alert_id":""}""", TestName = "TryRequiredText_Empty_IsValidationFailedNamingTheField")]
    [TestCase("""{"alert_id":7}""", TestName = "TryRequiredText_NotAString_IsValidationFailedNamingTheField")]
    [TestCase("""{"alert_id":null}""", TestName = "TryRequiredText_Null_IsValidationFailedNamingTheField")]
    [TestCase("""["alert_id"]""", TestName = "TryRequiredText_InputNotAnObject_IsValidationFailedNamingTheField")]
    public void TryRequiredText_NoText_IsValidationFailedNamingTheField(string json)
    {
        var ok = ActionInput.TryRequiredText(JsonDocument.Parse(json).RootElement, "alert_id", "the alert's id", out var value, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.False);
            Assert.That(value, Is.Null);
            Assert.That(error!.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Message, Is.EqualTo("alert_id is required: the alert's id"));
            Assert.That(error.Details, Is.EqualTo(new[] { new ActionErrorDetail("/alert_id", "must be a non-empty string", "is_required") }));
        });
    }

    public sealed record Sample(IReadOnlyList<SampleItem> Items, int PageSize = 0);

    public sealed record SampleItem(string Name);
}
