using System.Text.Json.Nodes;
using Json.Schema;
using Workflow.Sandbox.Validation;

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

    [Test]
    public void EnsureCompiled_NotASchema_Throws()
    {
        var schema = CompiledSchema.Compile(JsonNode.Parse("""{"type":12}""")!);

        Assert.That(schema.EnsureCompiled, Throws.InstanceOf<Exception>().With.InstanceOf<System.Text.Json.JsonException>().Or.InstanceOf<JsonSchemaException>());
    }
}
