using System.Text.Json.Nodes;
using Json.Schema;
using Workflow.Hosting.Validation;

namespace Workflow.Sandbox.Tests.Validation;

/// <summary>One failed keyword as a problem a person can act on: its pointer, its words, the keyword as its code.</summary>
public class ProblemMessagesTests
{
    // Single quotes stand for double quotes, so that one-line schemas stay readable.
    private static IReadOnlyList<(string? Field, string? Code, string Message)> Problems(string properties, string instance, string extra = "") =>
        [.. CompiledSchema.Compile(JsonNode.Parse($$"""
            { "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": {{{properties.Replace('\'', '"')}}} {{extra}} }
            """)!).Validate(JsonNode.Parse(instance)).Select(p => (p.Field, p.Code, p.Message))];

    [TestCase(10, "must be one of: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10.")]
    [TestCase(11, "must be one of: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, … (1 more).")]
    public void Explain_EnumAroundTheListLimit_MoreCountedOnlyPastTen(int count, string message)
    {
        var values = string.Join(", ", Enumerable.Range(1, count));

        Assert.That(Problems($"'x': {{ 'enum': [{values}] }}", """{"x":0}"""), Is.EqualTo(new[] { ((string?)"/x", "enum", message) }));
    }

    [TestCase("'x-ui': { 'patternHelp': 'a date such as 2026-11-30.' }, 'description': 'The day.'", "must be a date such as 2026-11-30.")]
    [TestCase("'x-ui': { 'patternHelp': '' }, 'description': 'The day.'", "does not have the expected form: The day.")]
    [TestCase("'description': ''", "does not have the expected form.")]
    [TestCase("'x-ui': { 'label': 'Day' }", "does not have the expected form.")]
    public void Explain_Pattern_AuthorsWordsElseAPlainSentence(string words, string message)
    {
        var problems = Problems($"'day': {{ 'type': 'string', 'pattern': '^[0-9]{{4}}-', {words} }}", """{"day":"monday"}""");

        Assert.That(problems, Is.EqualTo(new[] { ((string?)"/day", "pattern", message) }));
    }

    [Test]
    public void Explain_RequiredNames_OneProblemEachAtItsPointer()
    {
        var problems = Problems("'a/b': {}, 'c': {}", "{}", """, "required": ["a/b", "c"]""");

        Assert.That(problems, Is.EqualTo(new[] { ((string?)"/a~1b", "required", "'a/b' is required."), ("/c", "required", "'c' is required.") }));
    }

    [TestCase("additionalProperties")]
    [TestCase("unevaluatedProperties")]
    public void Explain_PropertyNotAllowed_NamedByItsName(string keyword)
    {
        var problems = Problems("'a': {}", """{"a":1,"x/y":2}""", $", \"{keyword}\": false");

        Assert.That(problems, Is.EqualTo(new[] { ((string?)"/x~1y", "additional_property", "'x/y' is not an allowed property.") }));
    }

    [Test]
    public void Explain_ConstNull_SaysNull()
    {
        Assert.That(Problems("'x': { 'const': null }", """{"x":1}"""), Is.EqualTo(new[] { ((string?)"/x", "const", "must be null.") }));
    }

    [Test]
    public void Explain_FalseSchema_CodeFalseSchema()
    {
        var problems = Problems("'x': false", """{"x":1}""");

        Assert.That(problems.Select(p => (p.Field, p.Code)), Is.EqualTo(new[] { ((string?)"/x", "false_schema") }));
    }

    [TestCase("Value is \"boolean\" but should be \"string\"", "string")]
    [TestCase("Value is \"boolean\" but should be \"\"", "")]
    [TestCase("Value should be at least 5", null)]
    public void ExpectedType_JsonSchemaNetMessage_TheTypeItWanted(string message, string? expected)
    {
        Assert.That(ProblemMessages.ExpectedType(message), Is.EqualTo(expected));
    }

    [Test]
    public void List_TwelveItems_TenThenHowManyMore()
    {
        Assert.That(ProblemMessages.List(Enumerable.Range(1, 12).Select(i => $"v{i}")), Is.EqualTo("v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, … (2 more)"));
    }

    // JsonSchema.Net 7.4 lists the missing names as a JSON array; another message is kept whole rather than lost.
    [TestCase("Required properties are not present")]
    [TestCase("Required properties [a, b] are not present")]
    [TestCase("Required properties [] are not present")]
    public void Explain_RequiredMessageWithoutAJsonListOfNames_TheMessageAsItIs(string message)
    {
        var unit = JsonSchema.FromText("{}").Evaluate(new JsonObject());

        var problems = ProblemMessages.Explain(unit, "required", message, lookup: null);

        Assert.That(problems.Select(p => (p.Field, p.Code, p.Message)), Is.EqualTo(new[] { ((string?)"", (string?)"required", message) }));
    }
}
