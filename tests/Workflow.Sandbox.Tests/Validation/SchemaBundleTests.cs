using System.Text.Json.Nodes;
using Workflow.Hosting.Validation;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Validation;

/// <summary>
/// A manifest schema made self-contained: each shared definition it reaches copied under <c>$defs</c> as
/// <c>shared_&lt;name&gt;</c> (without its <c>$id</c> and <c>$schema</c>), every reference into one rewritten to a local pointer.
/// </summary>
public class SchemaBundleTests
{
    private const string Severity = "https://plugins.test/definitions/severity.json";
    private const string Incident = "https://plugins.test/definitions/incident.json";

    private static readonly JsonNode SeverityDocument = JsonNode.Parse($$"""
        { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "{{Severity}}", "$defs": { "rank": { "type": "integer" } } }
        """)!;

    // The incident refers to the severity, to a definition of its own ("#/…") and to its own root ("#").
    private static readonly JsonNode IncidentDocument = JsonNode.Parse($$"""
        { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "{{Incident}}", "type": "object",
          "properties": { "severity": { "$ref": "{{Severity}}#/$defs/rank" }, "status": { "$ref": "#/$defs/status" }, "parent": { "$ref": "#" } },
          "$defs": { "status": { "enum": ["live", "closed"] } } }
        """)!;

    private static SharedDefinitions Shared(params (string Id, JsonNode Document)[] documents) =>
        new(documents.ToDictionary(d => new Uri(d.Id), d => d.Document));

    // "@severity" and "@incident" stand for the definitions' ids, so that one-line schemas stay readable.
    private static JsonObject Schema(string json) => JsonNode.Parse(json.Replace("@severity", Severity).Replace("@incident", Incident))!.AsObject();

    [Test]
    public void Of_NoReferenceToASharedDefinition_SameSchemaNoDefsAdded()
    {
        // A local reference, a relative one, one to a document not held, a property named $ref and a $ref that is no string.
        var json = """
            {"type":"object","properties":{"a":{"$ref":"#/properties/b"},"b":{"$ref":"other.json"},"c":{"$ref":"https://other.test/x.json#/$defs/y"},"$ref":{"type":"string"},"d":{"$ref":5}}}
            """.Trim();
        var schema = Schema(json);

        var bundled = SchemaBundle.Of(schema, Shared((Severity, SeverityDocument)));

        Assert.That(bundled.ToJsonString(), Is.EqualTo(json));
        Assert.That(bundled, Is.Not.SameAs(schema));
    }

    [Test]
    public void Of_ReferenceIntoASharedDefinition_CopiedWithoutIdAndSchemaAndReferenceMadeLocal()
    {
        var schema = Schema("""{"properties":{"rank":{"$ref":"@severity#/$defs/rank"}}}""");

        var bundled = SchemaBundle.Of(schema, Shared((Severity, SeverityDocument)));

        Assert.That(bundled.ToJsonString(), Is.EqualTo(
            """{"properties":{"rank":{"$ref":"#/$defs/shared_severity/$defs/rank"}},"$defs":{"shared_severity":{"$defs":{"rank":{"type":"integer"}}}}}"""));
        Assert.That(schema["properties"]!["rank"]!["$ref"]!.GetValue<string>(), Is.EqualTo($"{Severity}#/$defs/rank"), "the input is not changed");
        Assert.That(SeverityDocument["$id"], Is.Not.Null, "nor is the shared definition");
    }

    [Test]
    public void Of_DefinitionReferringToAnotherAndToItself_BothCopiedOnceAndTheirReferencesPrefixed()
    {
        // Two references to the incident (with and without a fragment) and one, through it, to the severity.
        var schema = Schema("""{"$defs":{"own":{"type":"string"}},"properties":{"incident":{"$ref":"@incident"},"status":{"$ref":"@incident#/$defs/status"}}}""");

        var bundled = SchemaBundle.Of(schema, Shared((Severity, SeverityDocument), (Incident, IncidentDocument)));

        var incident = """{"type":"object","properties":{"severity":{"$ref":"#/$defs/shared_severity/$defs/rank"},"status":{"$ref":"#/$defs/shared_incident/$defs/status"},"parent":{"$ref":"#/$defs/shared_incident"}},"$defs":{"status":{"enum":["live","closed"]}}}""";
        Assert.That(bundled.ToJsonString(), Is.EqualTo(
            """{"$defs":{"own":{"type":"string"},"shared_incident":""" + incident
            + ""","shared_severity":{"$defs":{"rank":{"type":"integer"}}}},"properties":{"incident":{"$ref":"#/$defs/shared_incident"},"status":{"$ref":"#/$defs/shared_incident/$defs/status"}}}"""));
    }

    [Test]
    public void Of_TwoDefinitionsWithTheSameFileName_SecondKeyGetsAnUnderscore()
    {
        const string other = "https://plugins.test/other/severity.json";
        var schema = Schema("""{"items":[{"$ref":"@severity"},{"$ref":"https://plugins.test/other/severity.json"}]}""");

        var bundled = SchemaBundle.Of(schema, Shared((Severity, SeverityDocument), (other, JsonNode.Parse("""{"$id":"x","type":"string"}""")!)));

        Assert.That(bundled["items"]!.AsArray().Select(i => i!["$ref"]!.GetValue<string>()), Is.EqualTo(Seq.Of("#/$defs/shared_severity", "#/$defs/shared_severity_")));
        Assert.That(bundled["$defs"]!["shared_severity_"]!.ToJsonString(), Is.EqualTo("""{"type":"string"}"""));
    }

    [Test]
    public void Of_BundledSchema_ValidatesAsTheSchemaWithItsSharedDefinitions()
    {
        var schema = Schema("""{"$schema":"https://json-schema.org/draft/2020-12/schema","$ref":"@incident"}""");
        var shared = Shared((Severity, SeverityDocument), (Incident, IncidentDocument));
        var bundled = CompiledSchema.Compile(SchemaBundle.Of(schema, shared));
        var original = CompiledSchema.Compile(schema, shared);
        var instance = JsonNode.Parse("""{"severity":"high","status":"open","parent":{"severity":1,"status":"live"}}""");

        Assert.That(bundled.Validate(instance), Is.EqualTo(original.Validate(instance)));
        Assert.That(bundled.Validate(instance).Select(p => p.Field), Is.EqualTo(Seq.Of("/severity", "/status")));
    }
}
