using System.Text.Json.Nodes;
using Workflow.Hosting.DropdownOptions;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.DropdownOptions;

public class OptionPickerTests
{
    private static readonly JsonNode Output = JsonNode.Parse("""
        { "data": { "statuses": [
          { "id": "s1", "name": "Investigating", "category": "live", "rank": 2 },
          { "id": "s2", "name": "Triage", "category": "triage", "rank": 1 },
          { "id": "s3", "name": "Merged", "category": "merged", "rank": 9 },
          { "id": "s4", "name": "No rank", "category": "live" } ] } }
        """)!;

    [Test]
    public void Pick_FullSpec_ExcludesSortsAndMapsGroups()
    {
        var spec = Spec("""
            { "action": "x.list", "items": "/data/statuses", "value": "/id", "label": "/name", "group": "/category",
              "groupLabels": { "live": "Active" }, "sortBy": "/rank", "exclude": { "pointer": "/category", "values": ["merged"] } }
            """);

        var options = OptionPicker.Pick(Output, spec, out var error);

        Assert.That(error, Is.Null);
        Assert.That(options!.Select(o => $"{o.Value}:{o.Label}:{o.Group}"), Is.EqualTo(Seq.Of("s2:Triage:triage", "s1:Investigating:Active", "s4:No rank:Active")));
    }

    [Test]
    public void Pick_NoSortBy_KeepsTheActionsOrder()
    {
        var options = OptionPicker.Pick(Output, Spec("""{ "action": "x.list", "items": "/data/statuses", "value": "/id", "label": "/name" }"""), out _);

        Assert.That(options!.Select(o => o.Value!.GetValue<string>()), Is.EqualTo(Seq.Of("s1", "s2", "s3", "s4")));
    }

    [Test]
    public void Pick_ItemsNotAnArray_NullWithError()
    {
        var options = OptionPicker.Pick(Output, Spec("""{ "action": "x.list", "items": "/data", "value": "/id", "label": "/name" }"""), out var error);

        Assert.That(options, Is.Null);
        Assert.That(error, Is.EqualTo("'items' (/data) does not point at an array in the output of x.list."));
    }

    [Test]
    public void Pick_LabelMissing_FallsBackToTheValue()
    {
        var options = OptionPicker.Pick(JsonNode.Parse("""{"a":[{"id":7}]}"""), Spec("""{ "action": "x.list", "items": "/a", "value": "/id", "label": "/name" }"""), out _);

        Assert.That(options!.Single().Label, Is.EqualTo("7"));
    }

    private static DynamicOptionsSpec Spec(string json) => DynamicOptionsSpec.Parse(JsonNode.Parse(json)!.AsObject());
}
