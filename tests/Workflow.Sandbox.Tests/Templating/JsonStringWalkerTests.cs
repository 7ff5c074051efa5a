using System.Text.Json.Nodes;
using Workflow.Hosting.Templating;

namespace Workflow.Sandbox.Tests.Templating;

public class JsonStringWalkerTests
{
    [Test]
    public void Enumerate_NestedStrings_YieldsPointersInOrder()
    {
        var node = JsonNode.Parse("""{"a":{"b":["x",1,{"c/d":"y"}]},"e~":"z","f":null}""");

        var found = JsonStringWalker.Enumerate(node).ToList();

        Assert.That(found, Is.EqualTo(new[] { ("/a/b/0", "x"), ("/a/b/2/c~1d", "y"), ("/e~0", "z") }));
    }

    [Test]
    public void Map_ReplacesStringsOnly()
    {
        var node = JsonNode.Parse("""{"k":["s",2,false],"n":null}""");

        var mapped = JsonStringWalker.Map(node, (pointer, text) => JsonValue.Create(pointer + "=" + text));

        Assert.That(mapped!.ToJsonString(), Is.EqualTo("""{"k":["/k/0=s",2,false],"n":null}"""));
    }
}
