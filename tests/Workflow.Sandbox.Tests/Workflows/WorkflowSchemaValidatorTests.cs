using System.Text.Json.Nodes;
using Workflow.Hosting.Workflows;

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
    public void Validate_PatternMismatch_QuotesThePattern()
    {
        var errors = Validate("""{ "name": "w", "steps": [ { "id": "Bad Id", "action": "x.y" } ] }""");

        Assert.That(errors, Is.EqualTo(new[] { new WorkflowError("/steps/0/id", "pattern: the value must match ^[a-z][a-z0-9_-]*$.") }));
    }

    [Test]
    public void Validate_UnknownProperty_NamesIt()
    {
        var errors = Validate("""{ "name": "w", "steps": [ { "id": "a", "action": "x.y", "timeout": 3 } ] }""");

        Assert.That(errors.Single().ToString(), Is.EqualTo("/steps/0/timeout: additionalProperties: 'timeout' is not an allowed property (extensions must start with 'x-')."));
    }

    [Test]
    public void Validate_MissingRequired_ReportedAtRoot()
    {
        var errors = Validate("""{ "steps": [ { "id": "a", "action": "x.y" } ] }""");

        Assert.That(errors.Single().ToString(), Does.StartWith("/: required:").And.Contain("name"));
    }
}
