using System.Text.Json.Nodes;
using Workflow.Hosting.Validation;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Validation;

public class SchemaErrorsTests
{
    private static readonly CompiledSchema Schema = CompiledSchema.Compile(JsonNode.Parse("""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "required": ["name", "visibility"],
          "additionalProperties": false,
          "properties": {
            "name": { "type": "string" },
            "visibility": { "enum": ["public", "private"] },
            "count": { "type": "integer" },
            "owner": { "type": "object", "required": ["email"], "properties": { "email": { "type": "string" } } },
            "ref": { "anyOf": [ { "type": "string" }, { "type": "integer" } ] },
            "tags": { "type": "array", "items": { "allOf": [ { "type": "string" }, { "minLength": 2 } ] } }
          }
        }
        """)!);

    [Test]
    public void Validate_ThreeProblems_ThreeErrorsEachWithPointer()
    {
        var errors = Schema.Validate(JsonNode.Parse("""{"visibility":"public","count":"x","color":"red"}"""));

        Assert.That(errors.Select(e => (e.Field, e.Code)), Is.EquivalentTo(Seq.Of(("/name", "required"),
            ("/count", "type"),
            ("/color", "additional_property"))));
        Assert.That(errors.Single(e => e.Field == "/color").Message, Does.Contain("'color'"));
    }

    [Test]
    public void Validate_TwoRequiredMissing_OneErrorPerField()
    {
        var errors = Schema.Validate(new JsonObject());

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(Seq.Of("/name", "/visibility")));
        Assert.That(errors.Select(e => e.Message), Is.EqualTo(Seq.Of("'name' is required.", "'visibility' is required.")));
    }

    [Test]
    public void Validate_NestedRequiredMissing_PointsIntoTheNestedObject()
    {
        var errors = Schema.Validate(JsonNode.Parse("""{"name":"n","visibility":"public","owner":{}}"""));

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(Seq.Of("/owner/email")));
    }

    [Test]
    public void Validate_AllOfItemFails_ReportsTheLeafNotTheWrapper()
    {
        var errors = Schema.Validate(JsonNode.Parse("""{"name":"n","visibility":"public","tags":["ok","x"]}"""));

        Assert.That(errors.Select(e => (e.Field, e.Code)), Is.EqualTo(Seq.Of(("/tags/1", "minLength"))));
    }

    [Test]
    public void ValidateAll_AnyOfFails_ReportsEachBranchAtTheField()
    {
        var errors = Schema.ValidateAll(JsonNode.Parse("""{"name":"n","visibility":"public","ref":true}"""));

        Assert.That(errors, Has.Count.EqualTo(2));
        Assert.That(errors.Select(e => e.Field), Is.All.EqualTo("/ref"));
        Assert.That(errors.Select(e => e.Code), Is.All.EqualTo("type"));
    }

    [Test]
    public void Validate_ValidInstance_NoErrors()
    {
        Assert.That(Schema.Validate(JsonNode.Parse("""{"name":"n","visibility":"private","tags":["ab"]}""")), Is.Empty);
    }

    [Test]
    public void ValidateAll_FailedBranchOfAPassingAnyOf_NoErrors()
    {
        Assert.That(Schema.ValidateAll(JsonNode.Parse("""{"name":"n","visibility":"public","ref":3}""")), Is.Empty);
    }

    [Test]
    public void ValidateAll_OneOfFails_EachBranchNotTheSummary()
    {
        var schema = CompiledSchema.Compile(JsonNode.Parse("""
            { "$schema": "https://json-schema.org/draft/2020-12/schema", "properties": { "n": { "oneOf": [ { "type": "string" }, { "type": "boolean" } ] } } }
            """)!);

        var errors = schema.ValidateAll(JsonNode.Parse("""{"n":3}"""));

        Assert.That(errors.Select(e => (e.Field, e.Code)), Is.EqualTo(Seq.Of(("/n", "type"), ("/n", "type"))));
    }

    [Test]
    public void ValidateAll_RootAndMemberFail_TheRootsProblemFirst()
    {
        var errors = Schema.ValidateAll(JsonNode.Parse("""{"visibility":"public","count":"x"}"""));

        Assert.That(errors.Select(e => (e.Field, e.Code)), Is.EqualTo(Seq.Of(("/name", "required"), ("/count", "type"))));
    }
}
