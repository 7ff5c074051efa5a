using System.Text.Json.Nodes;
using IncidentPlugin.TestSupport;
using Workflow.Abstractions;
using Workflow.Sandbox.Tests.Support;
using Workflow.Hosting.Validation;

namespace Workflow.Sandbox.Tests.Validation;

/// <summary>One problem per real defect: compound schemas, enums, patterns and passing branches.</summary>
public class ErrorSelectionTests
{
    // Single quotes stand for double quotes, so that one-line schemas stay readable.
    private static CompiledSchema Schema(string properties, string extra = "") => CompiledSchema.Compile(JsonNode.Parse($$"""
        { "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": {{{properties.Replace('\'', '"')}}} {{extra}} }
        """)!);

    [Test]
    public void Validate_AnyOfOfRequired_OneProblemAtTheParentNamingTheAlternatives()
    {
        var schema = Schema("""
            "id": { "type": "string" }, "name": { "type": "string" }, "summary": { "type": "string" }, "severity_id": { "type": "string" }
            """, """, "required": ["id"], "anyOf": [ { "required": ["name"] }, { "required": ["summary"] }, { "required": ["severity_id"] } ]""");

        var errors = schema.Validate(JsonNode.Parse("""{"id":"1"}"""));

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].Field, Is.EqualTo(""));
        Assert.That(errors[0].Code, Is.EqualTo("anyOf"));
        Assert.That(errors[0].Message, Is.EqualTo("give at least one of: name, summary, severity_id."));
    }

    [Test]
    public void Validate_AnyOfOfTypes_OneTypeProblemNamingEveryType()
    {
        var errors = Schema("'ref': { 'anyOf': [ { 'type': 'string' }, { 'type': 'integer' } ] }").Validate(JsonNode.Parse("""{"ref":true}"""));

        Assert.That(errors.Select(e => (e.Field, e.Code, e.Message)), Is.EqualTo(new[] { ("/ref", "type", "must be string or integer.") }));
    }

    [Test]
    public void Validate_OneBranchHasTheValuesType_ThatBranchsProblemOnly()
    {
        var schema = Schema("""
            "owner": { "anyOf": [ { "type": "string", "minLength": 3 }, { "type": "object", "required": ["email"], "properties": { "email": { "type": "string" } } } ] }
            """);

        var errors = schema.Validate(JsonNode.Parse("""{"owner":{"email":7}}"""));

        Assert.That(errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("/owner/email", "type") }));
    }

    [Test]
    public void Validate_FailedBranchOfAPassingAnyOf_NotReported()
    {
        var schema = Schema("""
            "kind": { "anyOf": [ { "enum": ["a", "b"] }, { "type": "array" } ] }, "n": { "type": "integer" }
            """);

        var errors = schema.Validate(JsonNode.Parse("""{"kind":"a","n":"x"}"""));

        Assert.That(errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("/n", "type") }));
    }

    [Test]
    public void Validate_EnumFails_MessageListsTheAllowedValues()
    {
        var errors = Schema("""
            "status_category": { "type": "array", "items": { "enum": ["triage", "live", "learning"] } }
            """).Validate(JsonNode.Parse("""{"status_category":["active"]}"""));

        Assert.That(errors.Select(e => (e.Field, e.Code, e.Message)),
            Is.EqualTo(new[] { ("/status_category/0", "enum", "must be one of: \"triage\", \"live\", \"learning\".") }));
    }

    [Test]
    public void Validate_EnumOfTwelve_ListsTenAndSaysHowManyMore()
    {
        var values = string.Join(", ", Enumerable.Range(1, 12).Select(i => $"'v{i}'"));
        var errors = Schema($"'x': {{ 'enum': [{values}] }}").Validate(JsonNode.Parse("""{"x":"nope"}"""));

        Assert.That(errors.Single().Message, Does.EndWith("\"v10\", … (2 more)."));
        Assert.That(errors.Single().Message, Does.Not.Contain("v11"));
    }

    [Test]
    public void Validate_PatternWithPatternHelp_SaysWhatItMustBeWithoutTheRegex()
    {
        var errors = Schema("""
            "path": { "type": "string", "pattern": "^/v[0-9]+/", "description": "The path.", "x-ui": { "label": "Path", "order": 0, "patternHelp": "a path starting with /v1/ or /v2/" } }
            """).Validate(JsonNode.Parse("""{"path":"incidents"}"""));

        Assert.That(errors.Select(e => (e.Field, e.Code, e.Message)), Is.EqualTo(new[] { ("/path", "pattern", "must be a path starting with /v1/ or /v2/.") }));
    }

    [Test]
    public void Validate_PatternWithOnlyADescription_QuotesTheDescription()
    {
        var errors = Schema("""
            "gte": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "On or after this date, YYYY-MM-DD." }
            """).Validate(JsonNode.Parse("""{"gte":"yesterday"}"""));

        Assert.That(errors.Single().Message, Is.EqualTo("does not have the expected form: On or after this date, YYYY-MM-DD."));
        Assert.That(errors.Single().Message, Does.Not.Contain("[0-9]"));
    }

    [Test]
    public void Validate_OneOfMatchedTwice_OneProblemAtTheValue()
    {
        var errors = Schema("'n': { 'oneOf': [ { 'type': 'integer' }, { 'minimum': 0 } ] }").Validate(JsonNode.Parse("""{"n":3}"""));

        Assert.That(errors.Select(e => (e.Field, e.Code, e.Message)),
            Is.EqualTo(new[] { ("/n", "oneOf", "matches more than one of the allowed forms; it must match exactly one.") }));
    }

    [Test]
    public void Validate_ConstFails_NamesTheValue()
    {
        var errors = Schema("'v': { 'const': 'public' }").Validate(JsonNode.Parse("""{"v":"open"}"""));

        Assert.That(errors.Single().Message, Is.EqualTo("must be \"public\"."));
    }

    [Test]
    public void Validate_DependentSchemaAlsoConstrainsABrokenValue_OneProblemFromTheValuesOwnSchema()
    {
        var schema = Schema("'mode': { 'enum': ['standard', 'retrospective'] }, 'options': { 'type': 'object' }",
            """, "dependentSchemas": { "options": { "properties": { "mode": { "const": "retrospective" } } } }""");

        var errors = schema.Validate(JsonNode.Parse("""{"mode":"nope","options":{}}"""));

        Assert.That(errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("/mode", "enum") }));
    }

    [Test]
    public void Validate_ContainsFails_ItsOwnProblemNotEachItems()
    {
        var errors = Schema("'tags': { 'contains': { 'const': 'urgent' } }").Validate(JsonNode.Parse("""{"tags":["a","b"]}"""));

        Assert.That(errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("/tags", "contains") }));
    }

    [Test]
    public void Validate_FailedIfOfAnInvalidObject_TheConditionIsNoProblem()
    {
        // "if" fails (a is not 1), so "then" does not apply; the object is invalid only for the missing c.
        var schema = Schema("'a': {}", """, "required": ["c"], "if": { "properties": { "a": { "const": 1 } } }, "then": { "required": ["b"] }""");

        var errors = schema.Validate(JsonNode.Parse("""{"a":2}"""));

        Assert.That(errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("/c", "required") }));
    }

    [Test]
    public void Validate_PassingNotOfAnInvalidObject_WhatItsSubschemaRejectedIsNoProblem()
    {
        // The "not" passes because its subschema fails at /a: that failure is what the schema wants.
        var schema = Schema("'a': {}", """, "required": ["c"], "not": { "properties": { "a": { "type": "string" } } }""");

        var errors = schema.Validate(JsonNode.Parse("""{"a":1}"""));

        Assert.That(errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("/c", "required") }));
    }

    [Test]
    public void Validate_NotFails_OneProblemAtTheValue()
    {
        // JsonSchema.Net 7.4 reports this failure without a message: it was once no problem at all, and the value passed.
        var errors = Schema("'a': { 'not': { 'type': 'string' } }").Validate(JsonNode.Parse("""{"a":"x"}"""));

        Assert.That(errors, Is.EqualTo(new[] { new ActionErrorDetail("/a", "matches the schema under 'not', which it must not.", "not") }));
    }

    [TestCase("""{ "required": ["poll"] }""", """{"poll":1}""", "/poll", "'poll' is not allowed here.")]
    [TestCase("""{ "required": ["a~b"] }""", """{"a~b":1}""", "/a~0b", "'a~b' is not allowed here.")]
    [TestCase("""{ "required": ["poll", "events"] }""", """{"poll":1,"events":[]}""", "", "matches the schema under 'not', which it must not.")]
    [TestCase("""{ "required": ["poll"], "type": "object" }""", """{"poll":1}""", "", "matches the schema under 'not', which it must not.")]
    [TestCase("""{ "required": [] }""", """{"poll":1}""", "", "matches the schema under 'not', which it must not.")]
    public void Validate_NotOfRequired_TheForbiddenMemberWhenItIsOne(string not, string value, string field, string message)
    {
        var errors = CompiledSchema.Compile(JsonNode.Parse($$"""{ "$schema": "https://json-schema.org/draft/2020-12/schema", "not": {{not}} }""")!)
            .Validate(JsonNode.Parse(value));

        Assert.That(errors, Is.EqualTo(new[] { new ActionErrorDetail(field, message, "not") }));
    }

    [Test]
    public void Validate_TriggerManifestWithBothEventsAndPoll_ThePollThatIsNotAllowed()
    {
        var meta = ManifestMetaSchemas.Load(TestPaths.Schemas);
        var manifest = JsonNode.Parse(File.ReadAllText(Directory.GetFiles(Path.Combine(RepoPaths.Manifests, "incidentio", "triggers"), "*.json").Order().First()))!;
        Assert.That(manifest["kind"]!.GetValue<string>(), Is.EqualTo("webhook"));
        manifest["poll"] = new JsonObject();

        var errors = meta.Trigger.Validate(manifest);

        Assert.That(errors.Select(e => (e.Field, e.Code, e.Message)), Has.Member(("/poll", "not", "'poll' is not allowed here.")));
    }

    [Test]
    public void ValidateAll_AnyOfOfRequired_KeepsEveryRawProblem()
    {
        var schema = Schema("'a': {}, 'b': {}", """, "anyOf": [ { "required": ["a"] }, { "required": ["b"] } ]""");

        Assert.That(schema.ValidateAll(new JsonObject()).Select(e => e.Field), Is.EquivalentTo(Seq.Of("/a", "/b")));
        Assert.That(schema.Validate(new JsonObject()), Has.Count.EqualTo(1));
    }

    // A rule applied through allOf reaches the same member as the value's own keyword, and allOf is evaluated first.
    [TestCase("'properties': { 'v': { 'enum': ['a', 'b'] } }", "'properties': { 'v': { 'const': 'x' } }", """{"v":"z"}""", "/v")]
    [TestCase("'patternProperties': { '^v$': { 'enum': ['a', 'b'] } }", "'properties': { 'v': { 'const': 'x' } }", """{"v":"z"}""", "/v")]
    [TestCase("'additionalProperties': { 'enum': ['a', 'b'] }", "'properties': { 'v': { 'const': 'x' } }", """{"v":"z"}""", "/v")]
    [TestCase("'items': { 'enum': ['a', 'b'] }", "'items': { 'const': 'x' }", """["z"]""", "/0")]
    [TestCase("'prefixItems': [ { 'enum': ['a', 'b'] } ]", "'prefixItems': [ { 'const': 'x' } ]", """["z"]""", "/0")]
    public void Validate_OwnKeywordAndAnAllOfRejectTheSameMember_TheOwnKeywordsProblem(string own, string other, string instance, string field)
    {
        var schema = CompiledSchema.Compile(JsonNode.Parse($$"""
            { "$schema": "https://json-schema.org/draft/2020-12/schema", "allOf": [ { {{other.Replace('\'', '"')}} } ], {{own.Replace('\'', '"')}} }
            """)!);

        var errors = schema.Validate(JsonNode.Parse(instance));

        Assert.That(errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { (field, "enum") }));
    }

    [Test]
    public void Validate_MinContainsFailsWithTwoMatchingItems_ItsOwnProblemNotAOneOfSummary()
    {
        var errors = Schema("'list': { 'contains': { 'const': 1 }, 'minContains': 3 }").Validate(JsonNode.Parse("""{"list":[1,1,2]}"""));

        Assert.That(errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("/list", "contains") }));
    }
}
