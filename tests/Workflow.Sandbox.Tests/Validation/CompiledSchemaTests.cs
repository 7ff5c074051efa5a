using System.Text.Json.Nodes;
using Json.Schema;
using Workflow.Hosting.Validation;

namespace Workflow.Sandbox.Tests.Validation;

public class CompiledSchemaTests
{
    private const string Schema = """{"type":"object","required":["id"],"properties":{"id":{"type":"string"}}}""";

    [Test]
    public void Compile_NotParsedUntilFirstUse()
    {
        var schema = CompiledSchema.Compile(JsonNode.Parse(Schema)!);

        Assert.That(schema.IsCompiled, Is.False);
        Assert.That(schema.Validate(new JsonObject { ["id"] = "x" }), Is.Empty);
        Assert.That(schema.IsCompiled, Is.True);
    }

    [Test]
    public void Validate_ManyThreadsAtFirstUse_AllGetTheSameProblems()
    {
        var schema = CompiledSchema.Compile(JsonNode.Parse(Schema)!);
        var results = new string[64];

        Parallel.For(0, results.Length, i =>
            results[i] = string.Join(";", schema.Validate(new JsonObject { ["id"] = i }).Select(d => $"{d.Field} {d.Code}")));

        Assert.That(results, Is.All.EqualTo("/id type"));
    }

    // The schema is registered once in its own options: references still resolve, and two schemas with the same $id
    // but different rules stay apart, on every evaluation.
    [Test]
    public void Validate_TwoSchemasSameIdWithReferences_EachItsOwnProblemsEveryTime()
    {
        const string Template = """{"$id":"https://example.invalid/s","type":"object","properties":{"a":{"$ref":"#/$defs/a"}},"$defs":{"a":{"type":"TYPE"}}}""";
        var strings = CompiledSchema.Compile(JsonNode.Parse(Template.Replace("TYPE", "string", StringComparison.Ordinal))!);
        var integers = CompiledSchema.Compile(JsonNode.Parse(Template.Replace("TYPE", "integer", StringComparison.Ordinal))!);

        for (var i = 0; i < 3; i++)
        {
            Assert.That(strings.Validate(new JsonObject { ["a"] = 1 }).Select(d => (d.Field, d.Code)), Is.EqualTo(new[] { ("/a", "type") }));
            Assert.That(strings.Validate(new JsonObject { ["a"] = "x" }), Is.Empty);
            Assert.That(integers.Validate(new JsonObject { ["a"] = "x" }).Select(d => (d.Field, d.Code)), Is.EqualTo(new[] { ("/a", "type") }));
            Assert.That(integers.Validate(new JsonObject { ["a"] = 1 }), Is.Empty);
        }
    }

    [Test]
    public void EnsureCompiled_NotASchema_Throws()
    {
        var schema = CompiledSchema.Compile(JsonNode.Parse("""{"type":12}""")!);

        Assert.That(schema.EnsureCompiled, Throws.InstanceOf<Exception>().With.InstanceOf<System.Text.Json.JsonException>().Or.InstanceOf<JsonSchemaException>());
    }

    [TestCase("""{"n":1e400}""", "/n", "out_of_range")]
    [TestCase("""{"n":12345678901234567890123456789012}""", "/n", "out_of_range")]
    [TestCase("""{"id":"a\uD800b"}""", "/id", "invalid_text")]
    [TestCase("""{"x\uDFFF":1}""", "", "invalid_text")]
    public void Validate_ValueTheValidatorCannotRead_ProblemAtItsPointerNotAnException(string input, string field, string code)
    {
        var schema = CompiledSchema.Compile(JsonNode.Parse("""{"type":"object","properties":{"id":{"type":"string","pattern":"^a"},"n":{"type":"integer","maximum":100}}}""")!);

        var problems = schema.Validate(JsonNode.Parse(input));

        Assert.That(problems.Select(p => (p.Field, p.Code)), Is.EqualTo(new[] { (field, code) }));
    }

    [Test]
    public void Validate_MultipleOfBelowDecimalsPrecision_OneProblemAtTheRootNotAnException()
    {
        // 1e-29 reads as decimal 0: JsonSchema.Net divides by it.
        var schema = CompiledSchema.Compile(JsonNode.Parse("""{"type":"object","properties":{"n":{"multipleOf":1e-29}}}""")!);

        var problems = schema.Validate(JsonNode.Parse("""{"n":1}"""));

        Assert.That(problems.Select(p => (p.Field, p.Code, p.Message)),
            Is.EqualTo(new[] { ("", "unreadable", "cannot be validated: Attempted to divide by zero.") }));
    }
}
