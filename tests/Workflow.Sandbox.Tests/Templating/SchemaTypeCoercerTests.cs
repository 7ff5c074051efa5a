using System.Text.Json.Nodes;
using Workflow.Hosting.Templating;

namespace Workflow.Sandbox.Tests.Templating;

public class SchemaTypeCoercerTests
{
    private static string Coerce(string value, string schema) =>
        SchemaTypeCoercer.Coerce(JsonNode.Parse(value), JsonNode.Parse(schema))?.ToJsonString() ?? "null";

    [TestCase("\"3\"", """{"type":"integer"}""", "3")]
    [TestCase("\"-12\"", """{"type":"integer"}""", "-12")]
    [TestCase("\"2.5\"", """{"type":"number"}""", "2.5")]
    [TestCase("\"1e3\"", """{"type":"number"}""", "1e3")]
    [TestCase("\"true\"", """{"type":"boolean"}""", "true")]
    [TestCase("\"false\"", """{"type":["boolean","null"]}""", "false")]
    [TestCase("\"null\"", """{"type":["integer","null"]}""", "null")]
    public void Coerce_UnambiguousString_BecomesSchemaType(string value, string schema, string expected)
    {
        Assert.That(Coerce(value, schema), Is.EqualTo(expected));
    }

    [TestCase("\"2.5\"", """{"type":"integer"}""")]
    [TestCase("\"007\"", """{"type":"integer"}""")]
    [TestCase("\" 3\"", """{"type":"integer"}""")]
    [TestCase("\"3\\n\"", """{"type":"integer"}""")]
    [TestCase("\"abc\"", """{"type":"number"}""")]
    [TestCase("\"True\"", """{"type":"boolean"}""")]
    [TestCase("\"null\"", """{"type":"integer"}""")]
    [TestCase("\"3\"", """{"type":["string","integer"]}""")]
    [TestCase("\"3\"", """{"type":"string"}""")]
    [TestCase("\"3\"", """{}""")]
    [TestCase("\"3\"", "true")]
    [TestCase("3", """{"type":"string"}""")]
    public void Coerce_AmbiguousOrWrong_LeftUnchanged(string value, string schema)
    {
        Assert.That(Coerce(value, schema), Is.EqualTo(JsonNode.Parse(value)!.ToJsonString()));
    }

    [Test]
    public void Coerce_NestedPropertiesItemsAndRefs_AreFollowed()
    {
        const string schema = """
            {
              "type": "object",
              "properties": {
                "count": { "type": "integer" },
                "tags": { "type": "array", "items": { "$ref": "#/$defs/flag" } },
                "pair": { "type": "array", "prefixItems": [ { "type": "integer" }, { "type": "string" } ] },
                "nested": { "allOf": [ { "properties": { "ratio": { "type": "number" } } } ] }
              },
              "additionalProperties": { "type": "boolean" },
              "$defs": { "flag": { "type": "boolean" } }
            }
            """;
        const string value = """{"count":"3","tags":["true","x"],"pair":["1","2"],"nested":{"ratio":"0.5"},"extra":"false","name":"keep"}""";

        Assert.That(Coerce(value, schema),
            Is.EqualTo("""{"count":3,"tags":[true,"x"],"pair":[1,"2"],"nested":{"ratio":0.5},"extra":false,"name":"keep"}"""));
    }

    [Test]
    public void Coerce_UnresolvableOrCyclicRef_LeavesValue()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Coerce("\"3\"", """{"$ref":"#/$defs/missing"}"""), Is.EqualTo("\"3\""));
            Assert.That(Coerce("\"3\"", """{"$ref":"#"}"""), Is.EqualTo("\"3\""));
            Assert.That(Coerce("\"3\"", """{"$ref":"https://example.com/s.json"}"""), Is.EqualTo("\"3\""));
        });
    }

    [Test]
    public void Coerce_Input_IsNotModified()
    {
        var value = JsonNode.Parse("""{"count":"3"}""");

        SchemaTypeCoercer.Coerce(value, JsonNode.Parse("""{"properties":{"count":{"type":"integer"}}}"""));

        Assert.That(value!["count"]!.GetValue<string>(), Is.EqualTo("3"));
    }

    [TestCase(32, "3")]
    [TestCase(33, "\"3\"")]
    public void Coerce_RefChain_FollowedUpToMaxHops(int hops, string expected)
    {
        var defs = new JsonObject();
        for (var i = 0; i < hops; i++)
            defs[$"d{i}"] = i == hops - 1 ? new JsonObject { ["type"] = "integer" } : new JsonObject { ["$ref"] = $"#/$defs/d{i + 1}" };
        var schema = new JsonObject { ["$ref"] = "#/$defs/d0", ["$defs"] = defs };

        // hops - 1 references lead to the typed definition from the root's own reference: hops references in all.
        Assert.That(SchemaTypeCoercer.Coerce(JsonValue.Create("3"), schema)?.ToJsonString(), Is.EqualTo(expected));
    }

    [Test]
    public void Coerce_ArrayLongerThanPrefixItems_RestFollowsItems()
    {
        Assert.That(Coerce("""["1","2","3"]""", """{"prefixItems":[{"type":"string"}],"items":{"type":"integer"}}"""), Is.EqualTo("""["1",2,3]"""));
    }

    [Test]
    public void Coerce_RefNotAString_IgnoredAndSiblingsApply()
    {
        Assert.That(Coerce("\"3\"", """{"$ref":5,"type":"integer"}"""), Is.EqualTo("3"));
    }

    [Test]
    public void Coerce_Object_KeepsMemberOrder()
    {
        var schema = """{"properties":{"a":{"type":"integer"},"nested":{"properties":{"n":{"type":"boolean"}}}}}""";

        Assert.That(Coerce("""{"a":"1","nested":{"n":"true","m":"x"},"free":"2"}""", schema), Is.EqualTo("""{"a":1,"nested":{"n":true,"m":"x"},"free":"2"}"""));
    }
}
