using System.Text.Json.Nodes;
using Workflow.Hosting.Output;

namespace Workflow.Sandbox.Tests.Output;

public class OutputSummaryTests
{
    [Test]
    public void Line_IncidentLikeObject_IdentityAndChildNames()
    {
        var output = JsonNode.Parse("""
            { "incident": { "id": "01H", "reference": "INC-7", "name": "Disk full", "visibility": "public",
                            "severity": { "id": "s", "name": "Critical" }, "incident_status": { "id": "t", "name": "Investigating" } } }
            """);

        Assert.That(OutputSummary.Line(output), Is.EqualTo("""incident: INC-7 "Disk full" (severity: Critical, incident_status: Investigating)"""));
    }

    [Test]
    public void Line_ArraysAndScalars_CountsAndValues()
    {
        var output = JsonNode.Parse("""{ "incidents": [{}, {}, {}], "valid": true, "total": 3, "one": [1] }""");

        Assert.That(OutputSummary.Line(output), Is.EqualTo("incidents: 3 items · valid: true · total: 3 · one: 1 item"));
    }

    [Test]
    public void Describe_ObjectWithoutIdentity_FirstFieldsOneLevelDeep()
    {
        var value = JsonNode.Parse("""{ "after": null, "identity": { "name": "Key", "roles": [] }, "roles": [1, 2], "nested": { "a": 1 }, "fifth": 5 }""");

        Assert.That(OutputSummary.Describe(value), Is.EqualTo("""{after=null, identity="Key", roles=[2], nested={…}}"""));
    }

    [Test]
    public void Describe_OnlyAnId_TheId() => Assert.That(OutputSummary.Describe(JsonNode.Parse("""{"id":"01H","x":1}""")), Is.EqualTo("01H"));

    [Test]
    public void Describe_LongText_Shortened()
    {
        var summary = OutputSummary.Describe(JsonValue.Create(new string('x', 200)));

        Assert.That(summary, Has.Length.EqualTo(62).And.EndWith("…\""));
    }

    [Test]
    public void Item_ObjectWithIdentity_OnlyTheIdentity() =>
        Assert.That(OutputSummary.Item(JsonNode.Parse("""{"reference":"INC-2","name":"n","severity":{"name":"Minor"}}""")), Is.EqualTo("INC-2 \"n\""));
}
