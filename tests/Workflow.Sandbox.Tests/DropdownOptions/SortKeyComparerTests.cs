using System.Text.Json.Nodes;
using Workflow.Hosting.DropdownOptions;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.DropdownOptions;

public class SortKeyComparerTests
{
    [Test]
    public void Compare_MixedKeys_NumbersThenStringsThenOthersThenMissing()
    {
        var keys = new JsonNode?[] { null, JsonValue.Create("b"), JsonValue.Create(10), new JsonObject(), JsonValue.Create("a"), JsonValue.Create(2.5) };

        var sorted = keys.OrderBy(k => k, SortKeyComparer.Instance).Select(k => k?.ToJsonString() ?? "missing");

        Assert.That(sorted, Is.EqualTo(Seq.Of("2.5", "10", "\"a\"", "\"b\"", "{}", "missing")));
    }
}
