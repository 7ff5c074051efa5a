using System.Text.Json.Nodes;
using Json.Schema;
using Workflow.Hosting.Manifests;
using Workflow.Sandbox.Mcp;

namespace Workflow.Sandbox.Tests.Mcp;

public class ToolSchemasTests
{
    [Test]
    public void Input_DynamicInput_DescriptionNamesTheListToolAndTheResource()
    {
        var manifest = RealCatalog.Instance.FindAction("incidentio.create_incident")!.Manifest;

        var description = (string)ToolSchemas.Input(manifest)["properties"]!["severity_id"]!["description"]!;

        Assert.That(description, Does.StartWith("Severity to create incident as. Valid values:")
            .And.Contain("`id` of each item in `severities` of the tool `incidentio_list_severities`")
            .And.Contain("`options://incidentio.create_incident/severity_id`"));
    }

    [Test]
    public void Input_EveryRealAction_NoXUiLeftAndEveryRefLocal()
    {
        Assert.Multiple(() =>
        {
            foreach (var action in RealCatalog.Instance.Actions)
            {
                var text = ToolSchemas.Input(action.Manifest, action.Definition.Shared).ToJsonString();
                Assert.That(text, Does.Not.Contain("\"x-ui\""), action.Id);
                Assert.That(text, Does.Not.Match("\"\\$ref\":\"[^#]"), action.Id);
                Assert.That(ToolSchemas.Output(action.Manifest, out _, action.Definition.Shared).ToJsonString(), Does.Not.Match("\"\\$ref\":\"[^#]"), action.Id);
            }
        });
    }

    [Test]
    public void Output_EveryRealAction_BundledSchemaAloneValidatesItsExamplesAndRejectsABrokenOne()
    {
        Assert.Multiple(() =>
        {
            foreach (var action in RealCatalog.Instance.Actions)
            {
                // Fresh options (the host registers shared definitions only in its own): the bundled schema must
                // resolve every reference from itself, as an MCP client does.
                var options = new EvaluationOptions();
                var schema = JsonSchema.FromText(ToolSchemas.Output(action.Manifest, out _, action.Definition.Shared).ToJsonString());
                foreach (var example in action.Manifest.Examples)
                {
                    Assert.That(schema.Evaluate(example.Output, options).IsValid, Is.True, $"{action.Id}: {example.Title}");
                }

                if (action.Id == "incidentio.get_incident")
                {
                    var broken = action.Manifest.Examples[0].Output.DeepClone().AsObject();
                    broken["incident"]!.AsObject()["id"] = 42;
                    Assert.That(schema.Evaluate(broken, options).IsValid, Is.False, "a wrong type inside the shared incident is refused");
                }
            }
        });
    }

    [Test]
    public void Input_Manifest_NotChanged()
    {
        var manifest = RealCatalog.Instance.FindAction("incidentio.create_incident")!.Manifest;
        var before = manifest.Input.ToJsonString();

        _ = ToolSchemas.Input(manifest);

        Assert.That(manifest.Input.ToJsonString(), Is.EqualTo(before));
    }

    [Test]
    public void Output_ObjectRoot_UsedAsItIs()
    {
        var manifest = RealCatalog.Instance.FindAction("incidentio.list_severities")!.Manifest;

        var schema = ToolSchemas.Output(manifest, out var wrapped);

        Assert.That(wrapped, Is.False);
        Assert.That(JsonNode.DeepEquals(schema, manifest.Output), Is.True);
    }

    [Test]
    public void Output_ArrayRoot_WrappedAsResultWithDefsAtTheRoot()
    {
        var manifest = Manifest(JsonNode.Parse("""
            {"type": "array", "items": {"$ref": "#/$defs/colour"}, "$defs": {"colour": {"type": "string", "enum": ["red", "blue"]}}}
            """)!.AsObject());

        var schema = JsonSchema.FromText(ToolSchemas.Output(manifest, out var wrapped).ToJsonString());

        Assert.That(wrapped, Is.True);
        Assert.That(schema.Evaluate(JsonNode.Parse("""{"result": ["red", "blue"]}""")).IsValid, Is.True);
        Assert.That(schema.Evaluate(JsonNode.Parse("""{"result": ["green"]}""")).IsValid, Is.False);
        Assert.That(schema.Evaluate(JsonNode.Parse("""["red"]""")).IsValid, Is.False);
    }

    private static ActionManifest Manifest(JsonObject output) => new()
    {
        Id = "sample.colours",
        Version = "1.0.0",
        Title = "Colours",
        Description = "Lists colours.",
        Category = "Testing",
        Annotations = new ActionAnnotations(true, false, true),
        Input = new JsonObject { ["type"] = "object" },
        Output = output,
        Examples = [],
    };
}
