using System.Text.Json.Nodes;
using Workflow.Hosting.Validation;

namespace Workflow.Sandbox.Tests.Validation;

/// <summary>A plugin's shared definitions: which references they answer, and a schema resolving them offline.</summary>
public class SharedDefinitionsTests
{
    private static readonly Uri Severity = new("https://plugins.test/definitions/severity.json");

    private static SharedDefinitions Definitions() => new(new Dictionary<Uri, JsonNode>
    {
        [Severity] = JsonNode.Parse("""
            { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://plugins.test/definitions/severity.json",
              "$defs": { "rank": { "type": "integer", "minimum": 1, "description": "1 is the most severe." } } }
            """)!,
    });

    [TestCase("https://plugins.test/definitions/severity.json", true)]
    [TestCase("https://plugins.test/definitions/severity.json#/$defs/rank", true)]
    [TestCase("https://plugins.test/definitions/incident.json#/$defs/rank", false)]
    [TestCase("https://other.test/definitions/severity.json", false)]
    public void Declares_Reference_TrueOnlyForAHeldDocumentWhateverTheFragment(string reference, bool declared)
    {
        Assert.That(Definitions().Declares(new Uri(reference)), Is.EqualTo(declared));
    }

    [Test]
    public void None_NoDocumentAndDeclaresNothing()
    {
        Assert.That(SharedDefinitions.None.Documents, Is.Empty);
        Assert.That(SharedDefinitions.None.Declares(Severity), Is.False);
    }

    [Test]
    public void RegisterIn_SchemaReferencingADefinition_ValidatesAgainstIt()
    {
        var schema = CompiledSchema.Compile(JsonNode.Parse("""
            { "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
              "properties": { "rank": { "$ref": "https://plugins.test/definitions/severity.json#/$defs/rank" } } }
            """)!, Definitions());

        Assert.That(schema.Validate(JsonNode.Parse("""{"rank":2}""")), Is.Empty);
        Assert.That(schema.Validate(JsonNode.Parse("""{"rank":0}""")).Select(p => (p.Field, p.Code)), Is.EqualTo(new[] { ("/rank", "minimum") }));
    }
}
