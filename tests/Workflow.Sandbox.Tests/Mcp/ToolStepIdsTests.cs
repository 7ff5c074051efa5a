using System.Text.Json.Nodes;
using Workflow.Sandbox.Mcp;

namespace Workflow.Sandbox.Tests.Mcp;

public class ToolStepIdsTests
{
    [Test]
    public void For_SameArgumentsInAnotherOrderAndSpacing_SameStepId()
    {
        var first = ToolStepIds.For("incidentio.create_incident", JsonNode.Parse("""{"name":"Disk full","visibility":"public","nested":{"b":1,"a":[1,2]}}"""));
        var second = ToolStepIds.For("incidentio.create_incident", JsonNode.Parse("""{ "nested": { "a": [1, 2], "b": 1 }, "visibility": "public", "name": "Disk full" }"""));

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Does.Match("^incidentio\\.create_incident#[0-9a-f]{16}$"));
    }

    [TestCase("""{"name":"Disk full!"}""")]
    [TestCase("""{"name":"Disk full","mode":"test"}""")]
    [TestCase("""{"name":["Disk full"]}""")]
    public void For_AnyValueDiffers_AnotherStepId(string other) =>
        Assert.That(ToolStepIds.For("a.b", JsonNode.Parse(other)), Is.Not.EqualTo(ToolStepIds.For("a.b", JsonNode.Parse("""{"name":"Disk full"}"""))));

    [Test]
    public void For_SameArgumentsOtherTool_AnotherStepId() =>
        Assert.That(ToolStepIds.For("a.b", new JsonObject()), Is.Not.EqualTo(ToolStepIds.For("a.c", new JsonObject())));

    [Test]
    public void For_ArrayOrderMatters_AnotherStepId() =>
        Assert.That(ToolStepIds.For("a.b", JsonNode.Parse("[1,2]")), Is.Not.EqualTo(ToolStepIds.For("a.b", JsonNode.Parse("[2,1]"))));
}
