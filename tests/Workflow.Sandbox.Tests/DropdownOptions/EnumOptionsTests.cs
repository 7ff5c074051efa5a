using System.Text.Json.Nodes;
using Workflow.Hosting.DropdownOptions;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.DropdownOptions;

public class EnumOptionsTests
{
    [Test]
    public void From_EnumWithSomeLabels_LabelOrTheValue()
    {
        var options = EnumOptions.From(Property("""{ "enum": ["live", "learning", "closed"], "x-ui": { "label": "S", "order": 0, "enumLabels": { "live": "Active", "learning": "Post-incident" } } }"""));

        Assert.That(options!.Select(o => o.Label), Is.EqualTo(Seq.Of("Active", "Post-incident", "closed")));
    }

    [Test]
    public void From_MultiselectItemsEnum_Options()
    {
        var options = EnumOptions.From(Property("""{ "type": "array", "items": { "enum": ["a", "b"] } }"""));

        Assert.That(options!.Select(o => o.Value!.GetValue<string>()), Is.EqualTo(Seq.Of("a", "b")));
    }

    [Test]
    public void From_FilterWidgetWithEnumOperators_TheOperatorsOptions()
    {
        var options = EnumOptions.From(Property("""
            { "type": "object", "properties": { "one_of": { "type": "array", "items": { "enum": ["live", "closed"] } } },
              "x-ui": { "label": "S", "order": 0, "widget": "filter", "enumLabels": { "live": "Active" } } }
            """));

        Assert.That(options!.Select(o => o.Label), Is.EqualTo(Seq.Of("Active", "closed")));
    }

    [Test]
    public void From_ObjectWithEnumPropertiesButNoFilterWidget_Null() =>
        Assert.That(EnumOptions.From(Property("""{ "type": "object", "properties": { "one_of": { "enum": ["a"] } } }""")), Is.Null);

    [Test]
    public void From_NoEnum_Null() => Assert.That(EnumOptions.From(Property("""{ "type": "string" }""")), Is.Null);

    private static JsonObject Property(string json) => JsonNode.Parse(json)!.AsObject();
}
