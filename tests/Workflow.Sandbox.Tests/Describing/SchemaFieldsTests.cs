using System.Text.Json.Nodes;
using Workflow.Hosting.Describing;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Describing;

public class SchemaFieldsTests
{
    [Test]
    public void Inputs_OrderedByUiOrderWithHintsAndRequired()
    {
        var schema = JsonNode.Parse("""
            {"type":"object","required":["b"],"properties":{
              "a":{"type":"string","x-ui":{"label":"A","order":2,"group":"advanced"}},
              "b":{"type":"string","default":"x","x-ui":{"label":"B","order":1,"widget":"select",
                   "dynamicOptions":{"action":"p.list","items":"/items","value":"/id","label":"/name"}}}}}
            """)!.AsObject();

        var inputs = SchemaFields.Inputs(schema);

        Assert.That(inputs.Select(i => i!["name"]!.GetValue<string>()), Is.EqualTo(Seq.Of("b", "a")));
        var b = inputs[0]!;
        Assert.That(b["required"]!.GetValue<bool>(), Is.True);
        Assert.That(b["default"]!.GetValue<string>(), Is.EqualTo("x"));
        Assert.That(b["group"]!.GetValue<string>(), Is.EqualTo("basic"));
        Assert.That(b["widget"]!.GetValue<string>(), Is.EqualTo("select"));
        Assert.That(b["dynamic_options"]!["action"]!.GetValue<string>(), Is.EqualTo("p.list"));
        Assert.That(inputs[1]!["group"]!.GetValue<string>(), Is.EqualTo("advanced"));
    }

    [TestCase("""{"type":"string","format":"date-time"}""", "string (date-time)")]
    [TestCase("""{"type":["string","null"]}""", "string | null")]
    [TestCase("""{"type":"array","items":{"type":"object"}}""", "array of object")]
    [TestCase("""{"enum":["a","b"]}""", "enum")]
    [TestCase("""{"$ref":"#/$defs/x"}""", "object")]
    public void TypeOf_Schema_ReadableType(string schema, string expected) =>
        Assert.That(SchemaFields.TypeOf(JsonNode.Parse(schema)), Is.EqualTo(expected));
}
