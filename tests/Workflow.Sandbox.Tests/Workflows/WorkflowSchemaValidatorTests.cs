using System.Text.Json.Nodes;
using Workflow.Hosting.Workflows;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Workflows;

public class WorkflowSchemaValidatorTests
{
    private static readonly WorkflowSchemaValidator Validator =
        WorkflowSchemaValidator.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", WorkflowLoader.SchemaFileName)));

    private static IReadOnlyList<WorkflowError> Validate(string json) => Validator.Validate(JsonNode.Parse(json));

    [Test]
    public void Validate_ValidDocument_NoErrors()
    {
        Assert.That(Validate("""{ "name": "w", "steps": [ { "id": "a", "action": "x.y", "input": { "n": 1 } } ] }"""), Is.Empty);
    }

    [Test]
    public void Validate_PatternMismatch_SaysInWordsWhatTheValueMustLookLike()
    {
        var errors = Validate("""{ "name": "w", "steps": [ { "id": "Bad Id", "action": "x.y" } ] }""");

        Assert.That(errors.Select(e => e.Pointer), Is.EqualTo(Seq.Of("/steps/0/id")));
        Assert.That(errors[0].Message, Does.StartWith("pattern: ").And.Contain("lowercase").And.Not.Contain("[a-z]"));
    }

    [Test]
    public void Validate_UnknownProperty_NamesIt()
    {
        var errors = Validate("""{ "name": "w", "steps": [ { "id": "a", "action": "x.y", "timeout": 3 } ] }""");

        Assert.That(errors.Single().ToString(), Is.EqualTo("/steps/0/timeout: additionalProperties: 'timeout' is not an allowed property (extensions must start with 'x-')."));
    }

    [Test]
    public void Validate_MissingRequired_ReportedAtTheMissingProperty()
    {
        var errors = Validate("""{ "steps": [ { "id": "a", "action": "x.y" } ] }""");

        Assert.That(errors.Single().ToString(), Is.EqualTo("/name: required: 'name' is required."));
    }

    [Test]
    public void FromText_JsonNull_ArgumentExceptionNamingTheSchema()
    {
        var ex = Assert.Throws<ArgumentException>(() => WorkflowSchemaValidator.FromText("null"))!;

        Assert.That((ex.ParamName, ex.Message), Is.EqualTo(("schemaText", "The schema is null. (Parameter 'schemaText')")));
    }
}
