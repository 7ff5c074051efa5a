using System.Text.Json.Nodes;
using Json.Schema;
using Workflow.Hosting.Validation;

namespace Workflow.Sandbox.Tests.Validation;

/// <summary>
/// The schema object behind a result's schema location: the evaluated schema from its own document, any other from the
/// registry; null for an anchor, an unknown document or a pointer that leads nowhere.
/// </summary>
public class SchemaLookupTests
{
    private const string Base = "https://plugins.test/actions/echo/input.json";

    private static readonly JsonNode Document = JsonNode.Parse("""
        { "description": "the root",
          "properties": { "a/b~c": { "description": "escaped" }, "with space": { "description": "spaced" } },
          "prefixItems": [ { "description": "first" }, { "description": "second" } ] }
        """)!;

    private static SchemaLookup Lookup(SchemaRegistry? registry = null) => new(new Uri(Base), Document, registry ?? new EvaluationOptions().SchemaRegistry);

    private static string? Description(JsonObject? schema) => schema?["description"]?.GetValue<string>();

    [TestCase("", "the root")]
    [TestCase("#", "the root")]
    [TestCase("#/properties/a~1b~0c", "escaped")]
    [TestCase("#/properties/with%20space", "spaced")]
    [TestCase("#/prefixItems/0", "first")]
    [TestCase("#/prefixItems/1", "second")]
    public void Find_PointerIntoTheEvaluatedDocument_ThatSchema(string fragment, string description)
    {
        Assert.That(Description(Lookup().Find(new Uri(Base + fragment))), Is.EqualTo(description));
    }

    [TestCase("#/prefixItems/2")]
    [TestCase("#/prefixItems/-1")]
    [TestCase("#/prefixItems/first")]
    [TestCase("#/properties/missing")]
    [TestCase("#/description")]
    [TestCase("#anchor")]
    public void Find_PointerThatLeadsToNoSchema_Null(string fragment)
    {
        Assert.That(Lookup().Find(new Uri(Base + fragment)), Is.Null);
    }

    [Test]
    public void Find_AnotherDocumentInTheRegistry_ReadFromTheRegisteredSchema()
    {
        var options = new EvaluationOptions();
        options.SchemaRegistry.Register(JsonSchema.FromText("""
            { "$id": "https://plugins.test/definitions/severity.json", "$defs": { "rank": { "type": "integer", "description": "1 is the most severe." } } }
            """));

        var found = Lookup(options.SchemaRegistry).Find(new Uri("https://plugins.test/definitions/severity.json#/$defs/rank"));

        Assert.That(Description(found), Is.EqualTo("1 is the most severe."));
    }

    [Test]
    public void Find_UnknownDocument_Null()
    {
        Assert.That(Lookup().Find(new Uri("https://plugins.test/definitions/unknown.json#/$defs/rank")), Is.Null);
    }

    [Test]
    public void Find_EvaluatedSchemaWithoutItsDocument_ReadFromTheRegistry()
    {
        var options = new EvaluationOptions();
        options.SchemaRegistry.Register(JsonSchema.FromText($$"""{ "$id": "{{Base}}", "properties": { "a": { "description": "registered" } } }"""));

        var found = new SchemaLookup(new Uri(Base), rootDocument: null, options.SchemaRegistry).Find(new Uri(Base + "#/properties/a"));

        Assert.That(Description(found), Is.EqualTo("registered"));
    }
}
